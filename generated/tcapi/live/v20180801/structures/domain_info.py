"""The DomainInfo structure (live 2018-08-01), used by DescribeLiveDomain, DescribeLiveDomains."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["DomainInfo"]


@dataclass(kw_only=True)
class DomainInfo(Model):
    """直播域名信息"""

    name: str | None | Unset = UNSET
    """直播域名。
    Example: abc.com
    """

    type_: int | None | Unset = UNSET
    """域名类型:
    0: 推流。
    1: 播放。
    Example: 1
    """

    status: int | None | Unset = UNSET
    """域名状态:
    0: 停用。
    1: 启用。
    Example: 1
    """

    create_time: str | None | Unset = UNSET
    """添加时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2011-09-09 11:11:11
    """

    bc_name: int | None | Unset = UNSET
    """是否有 CName 到固定规则域名:
    0: 否。
    1: 是。
    Example: 1
    """

    target_domain: str | None | Unset = UNSET
    """cname 对应的域名。
    Example: abc.com
    """

    play_type: int | None | Unset = UNSET
    """播放区域，只在 Type=1 时该参数有意义。
    1: 国内。
    2: 全球。
    3: 海外。
    Example: 2
    """

    is_delay_live: int | None | Unset = UNSET
    """是否慢直播:
    0: 普通直播。
    1: 慢直播。
    Example: 0
    """

    current_c_name: str | None | Unset = UNSET
    """当前客户使用的 cname 信息。
    Example: abc.com
    """

    rent_tag: int | None | Unset = UNSET
    """失效参数，可忽略。
    Example: 1
    """

    rent_expire_time: str | None | Unset = UNSET
    """失效参数，可忽略。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2011-09-09 11:11:11
    """

    is_mini_program_live: int | None | Unset = UNSET
    """0: 标准直播。
    1: 小程序直播。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Name", "name", "String"),
        Field("Type", "type_", "Integer", enum=(0, 1)),
        Field("Status", "status", "Integer", enum=(0, 1)),
        Field("CreateTime", "create_time", "String"),
        Field("BCName", "bc_name", "Integer", enum=(0, 1)),
        Field("TargetDomain", "target_domain", "String"),
        Field("PlayType", "play_type", "Integer", enum=(1, 2, 3)),
        Field("IsDelayLive", "is_delay_live", "Integer", enum=(0, 1)),
        Field("CurrentCName", "current_c_name", "String"),
        Field("RentTag", "rent_tag", "Integer"),
        Field("RentExpireTime", "rent_expire_time", "String"),
        Field("IsMiniProgramLive", "is_mini_program_live", "Integer", enum=(0, 1)),
    )
