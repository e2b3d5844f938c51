"""Request and response of DescribeLiveStreamMonitor (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveStreamMonitorRequest", "DescribeLiveStreamMonitorResponse"]


@dataclass(kw_only=True)
class DescribeLiveStreamMonitorRequest(Request["DescribeLiveStreamMonitorResponse"]):
    """Request of DescribeLiveStreamMonitor.

    该接口用来查询某个特定监播任务的配置。
    """

    monitor_id: str
    """监播任务ID。
    Example: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("MonitorId", "monitor_id", "String", required=True),)

    _action: ClassVar[str] = "DescribeLiveStreamMonitor"
    _response: ClassVar[str] = ".describe_live_stream_monitor:DescribeLiveStreamMonitorResponse"


@dataclass(kw_only=True)
class DescribeLiveStreamMonitorResponse(Response):
    """Response of DescribeLiveStreamMonitor."""

    live_stream_monitor: structures.LiveStreamMonitorInfo | None | Unset = UNSET
    """直播监播任务相关信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "LiveStreamMonitor", "live_stream_monitor", "..structures.live_stream_monitor_info:LiveStreamMonitorInfo"
        ),
        Field("RequestId", "request_id", "String"),
    )
