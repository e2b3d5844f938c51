"""Request and response of UnBindLiveDomainCert (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["UnBindLiveDomainCertRequest", "UnBindLiveDomainCertResponse"]


@dataclass(kw_only=True)
class UnBindLiveDomainCertRequest(Request["UnBindLiveDomainCertResponse"]):
    """Request of UnBindLiveDomainCert.

    解绑域名证书
    """

    domain_name: str
    """播放域名。
    Example: 5000.livepush.myqcloud.com
    """

    type_: str | Unset = UNSET
    """枚举值：
    gray: 解绑灰度规则
    formal(默认): 解绑正式规则
    不传则为formal
    Example: "gray"
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("Type", "type_", "String"),
    )

    _action: ClassVar[str] = "UnBindLiveDomainCert"
    _response: ClassVar[str] = ".un_bind_live_domain_cert:UnBindLiveDomainCertResponse"


@dataclass(kw_only=True)
class UnBindLiveDomainCertResponse(Response):
    """Response of UnBindLiveDomainCert."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
