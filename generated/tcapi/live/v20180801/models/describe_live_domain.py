"""Request and response of DescribeLiveDomain (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveDomainRequest", "DescribeLiveDomainResponse"]


@dataclass(kw_only=True)
class DescribeLiveDomainRequest(Request["DescribeLiveDomainResponse"]):
    """Request of DescribeLiveDomain.

    查询直播域名信息。
    """

    domain_name: str
    """域名。
    Example: domain.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("DomainName", "domain_name", "String", required=True),)

    _action: ClassVar[str] = "DescribeLiveDomain"
    _response: ClassVar[str] = ".describe_live_domain:DescribeLiveDomainResponse"


@dataclass(kw_only=True)
class DescribeLiveDomainResponse(Response):
    """Response of DescribeLiveDomain."""

    domain_info: structures.DomainInfo | None | Unset = UNSET
    """域名信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位
    问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainInfo", "domain_info", "..structures.domain_info:DomainInfo"),
        Field("RequestId", "request_id", "String"),
    )
