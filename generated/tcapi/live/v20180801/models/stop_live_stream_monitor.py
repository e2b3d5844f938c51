"""Request and response of StopLiveStreamMonitor (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StopLiveStreamMonitorRequest", "StopLiveStreamMonitorResponse"]


@dataclass(kw_only=True)
class StopLiveStreamMonitorRequest(Request["StopLiveStreamMonitorResponse"]):
    """Request of StopLiveStreamMonitor.

    该接口用来停止直播流监播任务。
    """

    monitor_id: str
    """监播ID
    Example: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("MonitorId", "monitor_id", "String", required=True),)

    _action: ClassVar[str] = "StopLiveStreamMonitor"
    _response: ClassVar[str] = ".stop_live_stream_monitor:StopLiveStreamMonitorResponse"


@dataclass(kw_only=True)
class StopLiveStreamMonitorResponse(Response):
    """Response of StopLiveStreamMonitor."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
