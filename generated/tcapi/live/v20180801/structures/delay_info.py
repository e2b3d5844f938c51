"""The DelayInfo structure (live 2018-08-01), used by DescribeLiveDelayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["DelayInfo"]


@dataclass(kw_only=True)
class DelayInfo(Model):
    """延播信息。"""

    domain_name: str | None | Unset = UNSET
    """推流域名。
    Example: 5000.pushdomain.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径，与推流和播放地址中的
    AppName 保持一致，默认为 live。
    Example: live
    """

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream1
    """

    delay_interval: int | None | Unset = UNSET
    """延播时间，单位：秒。
    Example: 60
    """

    create_time: str | None | Unset = UNSET
    """创建时间，UTC 时间。
    注意：UTC时间和北京时间相差8小时。
    例如：2019-06-18T12:00:00Z（为北京时间 2019 年 6 月 18 日 20 点 0 分 0 秒）。
    Example: 2019-06-14T00:00:00Z
    """

    expire_time: str | None | Unset = UNSET
    """过期时间，UTC 时间。
    注意：UTC时间和北京时间相差8小时。
    例如：2019-06-18T12:00:00Z（为北京时间 2019 年 6 月 18 日 20 点 0 分 0 秒）。
    Example: 2019-06-15T00:00:00Z
    """

    status: int | None | Unset = UNSET
    """当前状态:
    -1：已过期。
    1： 生效中。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("DelayInterval", "delay_interval", "Integer"),
        Field("CreateTime", "create_time", "String"),
        Field("ExpireTime", "expire_time", "String"),
        Field("Status", "status", "Integer", enum=(-1, 1)),
    )
