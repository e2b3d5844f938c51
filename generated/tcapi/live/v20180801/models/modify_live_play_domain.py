"""Request and response of ModifyLivePlayDomain (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLivePlayDomainRequest", "ModifyLivePlayDomainResponse"]


@dataclass(kw_only=True)
class ModifyLivePlayDomainRequest(Request["ModifyLivePlayDomainResponse"]):
    """Request of ModifyLivePlayDomain.

    修改播放域名信息。
    """

    domain_name: str
    """播放域名。
    Example: www.test.com
    """

    play_type: int
    """拉流域名类型。1-国内；2-全球；3-境外
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("PlayType", "play_type", "Integer", required=True),
    )

    _action: ClassVar[str] = "ModifyLivePlayDomain"
    _response: ClassVar[str] = ".modify_live_play_domain:ModifyLivePlayDomainResponse"


@dataclass(kw_only=True)
class ModifyLivePlayDomainResponse(Response):
    """Response of ModifyLivePlayDomain."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
