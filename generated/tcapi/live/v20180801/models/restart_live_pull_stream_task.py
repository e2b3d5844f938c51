"""Request and response of RestartLivePullStreamTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["RestartLivePullStreamTaskRequest", "RestartLivePullStreamTaskResponse"]


@dataclass(kw_only=True)
class RestartLivePullStreamTaskRequest(Request["RestartLivePullStreamTaskResponse"]):
    """Request of RestartLivePullStreamTask.

    将正在运行的拉流转推任务进行重启。
    """

    task_id: str
    """任务 Id。
    Example: 965421
    """

    operator: str
    """操作人备注名称。
    Example: admin
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String", required=True),
        Field("Operator", "operator", "String", required=True),
    )

    _action: ClassVar[str] = "RestartLivePullStreamTask"
    _response: ClassVar[str] = ".restart_live_pull_stream_task:RestartLivePullStreamTaskResponse"


@dataclass(kw_only=True)
class RestartLivePullStreamTaskResponse(Response):
    """Response of RestartLivePullStreamTask."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
