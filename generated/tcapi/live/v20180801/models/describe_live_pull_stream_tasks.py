"""Request and response of DescribeLivePullStreamTasks (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLivePullStreamTasksRequest", "DescribeLivePullStreamTasksResponse"]


@dataclass(kw_only=True)
class DescribeLivePullStreamTasksRequest(Request["DescribeLivePullStreamTasksResponse"]):
    """Request of DescribeLivePullStreamTasks.

    查询使用 CreateLivePullStreamTask 接口创建的直播拉流任务。
    """

    task_id: str | Unset = UNSET
    """任务 ID。
    来源：调用 CreateLivePullStreamTask 接口时返回。
    不填默认查询所有任务，按更新时间倒序排序。
    Example: 956321
    """

    page_num: int | Unset = UNSET
    """取得第几页，默认值：1。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """分页大小，默认值：10。
    取值范围：1~20 之前的任意整数。
    Example: 10
    """

    specify_task_id: str | Unset = UNSET
    """使用指定任务 ID 查询任务信息。
    注意：仅供使用指定 ID 创建的任务查询。
    Example: myspecifytaskid
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=20),
        Field("SpecifyTaskId", "specify_task_id", "String"),
    )

    _action: ClassVar[str] = "DescribeLivePullStreamTasks"
    _response: ClassVar[str] = ".describe_live_pull_stream_tasks:DescribeLivePullStreamTasksResponse"


@dataclass(kw_only=True)
class DescribeLivePullStreamTasksResponse(Response):
    """Response of DescribeLivePullStreamTasks."""

    task_infos: list[structures.PullStreamTaskInfo] | None | Unset = UNSET
    """直播拉流任务信息列表。"""

    page_num: int | None | Unset = UNSET
    """分页的页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页大小。
    Example: 10
    """

    total_num: int | None | Unset = UNSET
    """符合条件的总个数。
    Example: 1
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 1
    """

    limit_task_num: int | None | Unset = UNSET
    """限制可创建的最大任务数。
    Example: 20
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskInfos", "task_infos", "..structures.pull_stream_task_info:PullStreamTaskInfo", array=True),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("LimitTaskNum", "limit_task_num", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
