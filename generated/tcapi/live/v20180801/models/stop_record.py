"""Request and response of StopRecord (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["StopRecordRequest", "StopRecordResponse"]


@dataclass(kw_only=True)
class StopRecordRequest(Request["StopRecordResponse"]):
    """Request of StopRecord.

    输入1
    """

    channel_id: str
    """频道 ID"""

    task_id: int
    """任务 ID"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelId", "channel_id", "String", required=True),
        Field("taskId", "task_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "StopRecord"
    _response: ClassVar[str] = ".stop_record:StopRecordResponse"


@dataclass(kw_only=True)
class StopRecordResponse(Response):
    """Response of StopRecord."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("RequestId", "request_id", "String"),
    )
