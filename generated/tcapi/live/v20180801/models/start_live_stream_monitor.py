"""Request and response of StartLiveStreamMonitor (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StartLiveStreamMonitorRequest", "StartLiveStreamMonitorResponse"]


@dataclass(kw_only=True)
class StartLiveStreamMonitorRequest(Request["StartLiveStreamMonitorResponse"]):
    """Request of StartLiveStreamMonitor.

    该接口用来启动直播流监播任务。
    """

    monitor_id: str
    """监播ID。
    Example: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    """

    audible_input_index_list: list[int] | Unset = UNSET
    """监播画面声音InputIndex,支持多个输入声音。
    取值范围 InputIndex必须已经存在。
    不填默认无声音输出。
    Example: [1]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MonitorId", "monitor_id", "String", required=True),
        Field("AudibleInputIndexList", "audible_input_index_list", "Integer", array=True),
    )

    _action: ClassVar[str] = "StartLiveStreamMonitor"
    _response: ClassVar[str] = ".start_live_stream_monitor:StartLiveStreamMonitorResponse"


@dataclass(kw_only=True)
class StartLiveStreamMonitorResponse(Response):
    """Response of StartLiveStreamMonitor."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
