"""Request and response of StopCasterPvw (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StopCasterPvwRequest", "StopCasterPvwResponse"]


@dataclass(kw_only=True)
class StopCasterPvwRequest(Request["StopCasterPvwResponse"]):
    """Request of StopCasterPvw.

    该接口用来停止导播台的预监任务。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "StopCasterPvw"
    _response: ClassVar[str] = ".stop_caster_pvw:StopCasterPvwResponse"


@dataclass(kw_only=True)
class StopCasterPvwResponse(Response):
    """Response of StopCasterPvw."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
