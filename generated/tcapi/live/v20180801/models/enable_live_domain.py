"""Request and response of EnableLiveDomain (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["EnableLiveDomainRequest", "EnableLiveDomainResponse"]


@dataclass(kw_only=True)
class EnableLiveDomainRequest(Request["EnableLiveDomainResponse"]):
    """Request of EnableLiveDomain.

    启用状态为停用的直播域名。
    """

    domain_name: str
    """待启用的直播域名。
    Example: www.test.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("DomainName", "domain_name", "String", required=True),)

    _action: ClassVar[str] = "EnableLiveDomain"
    _response: ClassVar[str] = ".enable_live_domain:EnableLiveDomainResponse"


@dataclass(kw_only=True)
class EnableLiveDomainResponse(Response):
    """Response of EnableLiveDomain."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
