"""Request and response of DeleteLiveStreamMonitor (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveStreamMonitorRequest", "DeleteLiveStreamMonitorResponse"]


@dataclass(kw_only=True)
class DeleteLiveStreamMonitorRequest(Request["DeleteLiveStreamMonitorResponse"]):
    """Request of DeleteLiveStreamMonitor.

    该接口用来删除直播流监播任务。
    """

    monitor_id: str
    """监播任务ID
    Example: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("MonitorId", "monitor_id", "String", required=True),)

    _action: ClassVar[str] = "DeleteLiveStreamMonitor"
    _response: ClassVar[str] = ".delete_live_stream_monitor:DeleteLiveStreamMonitorResponse"


@dataclass(kw_only=True)
class DeleteLiveStreamMonitorResponse(Response):
    """Response of DeleteLiveStreamMonitor."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
