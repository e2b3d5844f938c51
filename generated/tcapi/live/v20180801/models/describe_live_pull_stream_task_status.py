"""Request and response of DescribeLivePullStreamTaskStatus (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLivePullStreamTaskStatusRequest", "DescribeLivePullStreamTaskStatusResponse"]


@dataclass(kw_only=True)
class DescribeLivePullStreamTaskStatusRequest(Request["DescribeLivePullStreamTaskStatusResponse"]):
    """Request of DescribeLivePullStreamTaskStatus.

    查询直播拉流任务状态信息。
    """

    task_id: str
    """任务 ID。
    Example: 965421
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TaskId", "task_id", "String", required=True),)

    _action: ClassVar[str] = "DescribeLivePullStreamTaskStatus"
    _response: ClassVar[str] = ".describe_live_pull_stream_task_status:DescribeLivePullStreamTaskStatusResponse"


@dataclass(kw_only=True)
class DescribeLivePullStreamTaskStatusResponse(Response):
    """Response of DescribeLivePullStreamTaskStatus."""

    task_status_info: structures.TaskStatusInfo | None | Unset = UNSET
    """任务状态信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskStatusInfo", "task_status_info", "..structures.task_status_info:TaskStatusInfo"),
        Field("RequestId", "request_id", "String"),
    )
