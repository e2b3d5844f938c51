"""Request and response of DeleteLiveDomain (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveDomainRequest", "DeleteLiveDomainResponse"]


@dataclass(kw_only=True)
class DeleteLiveDomainRequest(Request["DeleteLiveDomainResponse"]):
    """Request of DeleteLiveDomain.

    删除已添加的直播域名
    """

    domain_name: str
    """要删除的域名
    Example: www.test.com
    """

    domain_type: int
    """类型。0-推流，1-播放
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("DomainType", "domain_type", "Integer", required=True),
    )

    _action: ClassVar[str] = "DeleteLiveDomain"
    _response: ClassVar[str] = ".delete_live_domain:DeleteLiveDomainResponse"


@dataclass(kw_only=True)
class DeleteLiveDomainResponse(Response):
    """Response of DeleteLiveDomain."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
