"""Request and response of DeleteRecordTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteRecordTaskRequest", "DeleteRecordTaskResponse"]


@dataclass(kw_only=True)
class DeleteRecordTaskRequest(Request["DeleteRecordTaskResponse"]):
    """Request of DeleteRecordTask.

    删除录制任务配置。删除操作不影响正在运行当中的任务，仅对删除之后新的推流有效。
    """

    task_id: str
    """任务ID，CreateRecordTask返回。删除TaskId指定的录制任务。
    Example: UZZUVbQ1FSQFlvKxYSBxUVGzB00UEFTZU5RlNURlhR1FDUVBFUWpCkNbUUBKb
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TaskId", "task_id", "String", required=True),)

    _action: ClassVar[str] = "DeleteRecordTask"
    _response: ClassVar[str] = ".delete_record_task:DeleteRecordTaskResponse"


@dataclass(kw_only=True)
class DeleteRecordTaskResponse(Response):
    """Response of DeleteRecordTask."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
