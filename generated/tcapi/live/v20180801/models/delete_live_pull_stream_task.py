"""Request and response of DeleteLivePullStreamTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLivePullStreamTaskRequest", "DeleteLivePullStreamTaskResponse"]


@dataclass(kw_only=True)
class DeleteLivePullStreamTaskRequest(Request["DeleteLivePullStreamTaskResponse"]):
    """Request of DeleteLivePullStreamTask.

    删除接口 CreateLivePullStreamTask 创建的拉流任务。
    """

    task_id: str
    """任务 Id。
    Example: 9564231
    """

    operator: str
    """操作人姓名。
    Example: you_name
    """

    specify_task_id: str | Unset = UNSET
    """指定任务 ID。注意：用于删除使用自定义任务 ID 创建的任务。
    Example: myspecifytaskid
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String", required=True),
        Field("Operator", "operator", "String", required=True),
        Field("SpecifyTaskId", "specify_task_id", "String"),
    )

    _action: ClassVar[str] = "DeleteLivePullStreamTask"
    _response: ClassVar[str] = ".delete_live_pull_stream_task:DeleteLivePullStreamTaskResponse"


@dataclass(kw_only=True)
class DeleteLivePullStreamTaskResponse(Response):
    """Response of DeleteLivePullStreamTask."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
