"""Request and response of ForbidLiveDomain (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ForbidLiveDomainRequest", "ForbidLiveDomainResponse"]


@dataclass(kw_only=True)
class ForbidLiveDomainRequest(Request["ForbidLiveDomainResponse"]):
    """Request of ForbidLiveDomain.

    停止使用某个直播域名。
    """

    domain_name: str
    """待停用的直播域名。
    Example: 5000.livepush.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("DomainName", "domain_name", "String", required=True),)

    _action: ClassVar[str] = "ForbidLiveDomain"
    _response: ClassVar[str] = ".forbid_live_domain:ForbidLiveDomainResponse"


@dataclass(kw_only=True)
class ForbidLiveDomainResponse(Response):
    """Response of ForbidLiveDomain."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
