"""Request and response of DescribeLiveDomainCert (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveDomainCertRequest", "DescribeLiveDomainCertResponse"]


@dataclass(kw_only=True)
class DescribeLiveDomainCertRequest(Request["DescribeLiveDomainCertResponse"]):
    """Request of DescribeLiveDomainCert.

    获取域名证书信息。
    """

    domain_name: str
    """播放域名。
    Example: 5000.liveplay.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("DomainName", "domain_name", "String", required=True),)

    _action: ClassVar[str] = "DescribeLiveDomainCert"
    _response: ClassVar[str] = ".describe_live_domain_cert:DescribeLiveDomainCertResponse"


@dataclass(kw_only=True)
class DescribeLiveDomainCertResponse(Response):
    """Response of DescribeLiveDomainCert."""

    domain_cert_info: structures.DomainCertInfo | None | Unset = UNSET
    """证书信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainCertInfo", "domain_cert_info", "..structures.domain_cert_info:DomainCertInfo"),
        Field("RequestId", "request_id", "String"),
    )
