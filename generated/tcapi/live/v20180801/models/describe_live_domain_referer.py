"""Request and response of DescribeLiveDomainReferer (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveDomainRefererRequest", "DescribeLiveDomainRefererResponse"]


@dataclass(kw_only=True)
class DescribeLiveDomainRefererRequest(Request["DescribeLiveDomainRefererResponse"]):
    """Request of DescribeLiveDomainReferer.

    查询直播域名 Referer 黑白名单配置。
    """

    domain_name: str
    """播放域名。
    Example: 5000.liveplay.myqcloud.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("DomainName", "domain_name", "String", required=True),)

    _action: ClassVar[str] = "DescribeLiveDomainReferer"
    _response: ClassVar[str] = ".describe_live_domain_referer:DescribeLiveDomainRefererResponse"


@dataclass(kw_only=True)
class DescribeLiveDomainRefererResponse(Response):
    """Response of DescribeLiveDomainReferer."""

    referer_auth_config: structures.RefererAuthConfig | None | Unset = UNSET
    """域名 Referer 黑白名单配置。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("RefererAuthConfig", "referer_auth_config", "..structures.referer_auth_config:RefererAuthConfig"),
        Field("RequestId", "request_id", "String"),
    )
