"""Request and response of StopCasterPgm (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StopCasterPgmRequest", "StopCasterPgmResponse"]


@dataclass(kw_only=True)
class StopCasterPgmRequest(Request["StopCasterPgmResponse"]):
    """Request of StopCasterPgm.

    该接口用来停止导播台的主监输出。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "StopCasterPgm"
    _response: ClassVar[str] = ".stop_caster_pgm:StopCasterPgmResponse"


@dataclass(kw_only=True)
class StopCasterPgmResponse(Response):
    """Response of StopCasterPgm."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
