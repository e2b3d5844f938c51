"""Request and response of StopRecordTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StopRecordTaskRequest", "StopRecordTaskResponse"]


@dataclass(kw_only=True)
class StopRecordTaskRequest(Request["StopRecordTaskResponse"]):
    """Request of StopRecordTask.

    提前结束录制，中止运行中的录制任务并生成录制文件。任务被成功终止后，本次任务将不再启动。
    """

    task_id: str
    """录制任务ID。
    Example: UZZUVbQ1FSQFlvKxYBxUVGzwcBB00UETZU5QRlNURlhR1FDUVBFUWpCUkbUUBKb
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TaskId", "task_id", "String", required=True),)

    _action: ClassVar[str] = "StopRecordTask"
    _response: ClassVar[str] = ".stop_record_task:StopRecordTaskResponse"


@dataclass(kw_only=True)
class StopRecordTaskResponse(Response):
    """Response of StopRecordTask."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
