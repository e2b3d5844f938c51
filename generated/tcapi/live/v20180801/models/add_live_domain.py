"""Request and response of AddLiveDomain (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["AddLiveDomainRequest", "AddLiveDomainResponse"]


@dataclass(kw_only=True)
class AddLiveDomainRequest(Request["AddLiveDomainResponse"]):
    """Request of AddLiveDomain.

    添加域名，一次只能提交一个域名。域名必须已备案。
    """

    domain_name: str
    """域名名称。
    Example: www.test.com
    """

    domain_type: Literal[0, 1]
    """域名类型，
    0：推流域名，
    1：播放域名。
    Example: 0
    """

    play_type: Literal[1, 2, 3] | Unset = UNSET
    """拉流域名类型：
    1：国内，
    2：全球，
    3：境外。
    默认值：1。
    Example: 1
    """

    is_delay_live: Literal[0, 1] | Unset = UNSET
    """是否是慢直播：
    0： 普通直播，
    1 ：慢直播 。
    默认值： 0。
    Example: 1
    """

    is_mini_program_live: Literal[0, 1] | Unset = UNSET
    """是否是小程序直播：
    0： 标准直播，
    1 ：小程序直播 。
    默认值： 0。
    Example: 1
    """

    verify_owner_type: str | Unset = UNSET
    """域名归属校验类型。
    可取值（与 AuthenticateDomainOwner 接口的 VerifyType 参数一致。）：
    dnsCheck ：立即验证配置 dns 的解析记录是否与待验证内容一致，成功则保存记录。
    fileCheck ：立即验证 web 文件是否与待验证内容一致，成功则保存记录。
    dbCheck : 检查是否已经验证成功过。
    若不传默认为 dbCheck 。
    Example: dbCheck
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("DomainType", "domain_type", "Integer", required=True, enum=(0, 1)),
        Field("PlayType", "play_type", "Integer", enum=(1, 2, 3)),
        Field("IsDelayLive", "is_delay_live", "Integer", enum=(0, 1)),
        Field("IsMiniProgramLive", "is_mini_program_live", "Integer", enum=(0, 1)),
        Field("VerifyOwnerType", "verify_owner_type", "String"),
    )

    _action: ClassVar[str] = "AddLiveDomain"
    _response: ClassVar[str] = ".add_live_domain:AddLiveDomainResponse"


@dataclass(kw_only=True)
class AddLiveDomainResponse(Response):
    """Response of AddLiveDomain."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
