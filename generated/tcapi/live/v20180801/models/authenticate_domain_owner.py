"""Request and response of AuthenticateDomainOwner (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["AuthenticateDomainOwnerRequest", "AuthenticateDomainOwnerResponse"]


@dataclass(kw_only=True)
class AuthenticateDomainOwnerRequest(Request["AuthenticateDomainOwnerResponse"]):
    """Request of AuthenticateDomainOwner.

    验证用户是否拥有特定直播域名。
    """

    domain_name: str
    """要验证的域名。
    Example: foodscloud.com
    """

    verify_type: str
    """验证类型。可取值：
    dnsCheck ：立即验证配置 dns 的解析记录是否与待验证内容一致，成功则保存记录。
    fileCheck ：立即验证 web 文件是否与待验证内容一致，成功则保存记录。
    dbCheck : 检查是否已经验证成功过。
    Example: dnsCheck
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("VerifyType", "verify_type", "String", required=True),
    )

    _action: ClassVar[str] = "AuthenticateDomainOwner"
    _response: ClassVar[str] = ".authenticate_domain_owner:AuthenticateDomainOwnerResponse"


@dataclass(kw_only=True)
class AuthenticateDomainOwnerResponse(Response):
    """Response of AuthenticateDomainOwner."""

    content: str | None | Unset = UNSET
    """验证内容。
    VerifyType 传 dnsCheck 时，为要配的 TXT 记录值。
    VerifyType 传 fileCheck 时，为文件内容。
    Example: cssauth_b2fe08b85b975844fd7ff34
    """

    status: int | None | Unset = UNSET
    """域名验证状态。
    >=0 为已验证归属。
    <0 未验证归属权。
    Example: 4
    """

    main_domain: str | None | Unset = UNSET
    """DomainName 对应的主域名。
    同一主域名下的所有域名只需成功验证一次，后续均无需再验证。
    Example: foodscloud.com
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题
    时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Content", "content", "String"),
        Field("Status", "status", "Integer"),
        Field("MainDomain", "main_domain", "String"),
        Field("RequestId", "request_id", "String"),
    )
