"""Request and response of DescribeScreenshotTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeScreenshotTaskRequest", "DescribeScreenshotTaskResponse"]


@dataclass(kw_only=True)
class DescribeScreenshotTaskRequest(Request["DescribeScreenshotTaskResponse"]):
    """Request of DescribeScreenshotTask.

    查询指定时间段范围内启动和结束的截图任务列表。
    """

    start_time: int
    """查询任务开始时间，Unix 时间戳。设置时间不早于当前时间之前90天的时间，且查询时间跨度不超过一周。
    Example: 1595779200
    """

    end_time: int
    """查询任务结束时间，Unix 时间戳。EndTime 必须大于 StartTime，设置时间不早于当前时间之前90天的时间，且查询时
    间跨度不超过一周。（注意：任务开始结束时间必须在查询时间范围内）。
    Example: 1595865600
    """

    stream_name: str | Unset = UNSET
    """流名称。
    Example: livetest
    """

    domain_name: str | Unset = UNSET
    """推流域名。
    Example: 5000.live.push.com
    """

    app_name: str | Unset = UNSET
    """推流路径。
    Example: live
    """

    scroll_token: str | Unset = UNSET
    """翻页标识，分批拉取时使用：当单次请求无法拉取所有数据，接口将会返回 ScrollToken，下一次请求携带该 Token，将
    会从下一条记录开始获取。
    Example: RF1bV9tRVVEW=
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "Integer", required=True),
        Field("EndTime", "end_time", "Integer", required=True),
        Field("StreamName", "stream_name", "String"),
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("ScrollToken", "scroll_token", "String"),
    )

    _action: ClassVar[str] = "DescribeScreenshotTask"
    _response: ClassVar[str] = ".describe_screenshot_task:DescribeScreenshotTaskResponse"


@dataclass(kw_only=True)
class DescribeScreenshotTaskResponse(Response):
    """Response of DescribeScreenshotTask."""

    scroll_token: str | None | Unset = UNSET
    """翻页标识，当请求未返回所有数据，该字段表示下一条记录的 Token。当该字段为空，说明已无更多数据。
    Example: RF1bV9tRVVEW=
    """

    task_list: list[structures.ScreenshotTask] | None | Unset = UNSET
    """截图任务列表。当该字段为空，说明已返回所有数据。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ScrollToken", "scroll_token", "String"),
        Field("TaskList", "task_list", "..structures.screenshot_task:ScreenshotTask", array=True),
        Field("RequestId", "request_id", "String"),
    )
