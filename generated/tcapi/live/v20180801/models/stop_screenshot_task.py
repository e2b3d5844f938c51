"""Request and response of StopScreenshotTask (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StopScreenshotTaskRequest", "StopScreenshotTaskResponse"]


@dataclass(kw_only=True)
class StopScreenshotTaskRequest(Request["StopScreenshotTaskResponse"]):
    """Request of StopScreenshotTask.

    提前结束截图，中止运行中的截图任务。任务被成功终止后，本次任务将不再启动。
    """

    task_id: str
    """截图任务ID。
    Example: UZZUVbQ1FSQFlvKxYBxUVGzwcBB00UETZU5QRlNURlhR1FDUVBFUWpCUkbUUBKb
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TaskId", "task_id", "String", required=True),)

    _action: ClassVar[str] = "StopScreenshotTask"
    _response: ClassVar[str] = ".stop_screenshot_task:StopScreenshotTaskResponse"


@dataclass(kw_only=True)
class StopScreenshotTaskResponse(Response):
    """Response of StopScreenshotTask."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
