"""Request and response of DescribeLiveStreamMonitorList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveStreamMonitorListRequest", "DescribeLiveStreamMonitorListResponse"]


@dataclass(kw_only=True)
class DescribeLiveStreamMonitorListRequest(Request["DescribeLiveStreamMonitorListResponse"]):
    """Request of DescribeLiveStreamMonitorList.

    该接口用来查询直播流监播任务配置的列表信息。
    """

    index: int
    """查询列表时的起始偏移。
    Example: 0
    """

    count: int
    """本次查询的记录个数。最小值为1。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Index", "index", "Integer", required=True),
        Field("Count", "count", "Integer", required=True, minimum=1),
    )

    _action: ClassVar[str] = "DescribeLiveStreamMonitorList"
    _response: ClassVar[str] = ".describe_live_stream_monitor_list:DescribeLiveStreamMonitorListResponse"


@dataclass(kw_only=True)
class DescribeLiveStreamMonitorListResponse(Response):
    """Response of DescribeLiveStreamMonitorList."""

    total_num: int | None | Unset = UNSET
    """账号下的直播流监播任务个数。
    Example: 7
    """

    live_stream_monitors: list[structures.LiveStreamMonitorInfo] | None | Unset = UNSET
    """直播流监播任务列表"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不
    会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TotalNum", "total_num", "Integer"),
        Field(
            "LiveStreamMonitors",
            "live_stream_monitors",
            "..structures.live_stream_monitor_info:LiveStreamMonitorInfo",
            array=True,
        ),
        Field("RequestId", "request_id", "String"),
    )
