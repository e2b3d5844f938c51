"""Request and response of DeleteScreenshotTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteScreenshotTaskRequest", "DeleteScreenshotTaskResponse"]


@dataclass(kw_only=True)
class DeleteScreenshotTaskRequest(Request["DeleteScreenshotTaskResponse"]):
    """Request of DeleteScreenshotTask.

    删除截图任务配置。删除操作不影响正在运行当中的任务，仅对删除之后新的推流有效。
    """

    task_id: str
    """任务ID，CreateScreenshotTask返回。删除TaskId指定的截图任务。
    Example: UZZUVbQ1FSQFlvKxYSBxUVGzB00UEFTZU5RlNURlhR1FDUVBFUWpCkNbUUBKb
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TaskId", "task_id", "String", required=True),)

    _action: ClassVar[str] = "DeleteScreenshotTask"
    _response: ClassVar[str] = ".delete_screenshot_task:DeleteScreenshotTaskResponse"


@dataclass(kw_only=True)
class DeleteScreenshotTaskResponse(Response):
    """Response of DeleteScreenshotTask."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
