"""Request and response of ReleaseCaster (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ReleaseCasterRequest", "ReleaseCasterResponse"]


@dataclass(kw_only=True)
class ReleaseCasterRequest(Request["ReleaseCasterResponse"]):
    """Request of ReleaseCaster.

    调用该接口，释放导播台实例，但保留所有的配置。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "ReleaseCaster"
    _response: ClassVar[str] = ".release_caster:ReleaseCasterResponse"


@dataclass(kw_only=True)
class ReleaseCasterResponse(Response):
    """Response of ReleaseCaster."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
