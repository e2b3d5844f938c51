"""Request and response of Live_Tape_Start (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["LiveTapeStartRequest", "LiveTapeStartResponse"]


@dataclass(kw_only=True)
class LiveTapeStartRequest(Request["LiveTapeStartResponse"]):
    """Request of Live_Tape_Start.

    地址
    """

    ret: int | Unset = UNSET
    """0：成功；其他值：失败"""

    message: str | Unset = UNSET
    """错误信息"""

    output: list[dict[str, Any]] | Unset = UNSET
    """详情见下"""

    task_id: str | Unset = UNSET
    """int 64位无符整形"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
        Field("output", "output", "Object", array=True),
        Field("task_id", "task_id", "String"),
    )

    _action: ClassVar[str] = "Live_Tape_Start"
    _response: ClassVar[str] = ".live_tape_start:LiveTapeStartResponse"


@dataclass(kw_only=True)
class LiveTapeStartResponse(Response):
    """Response of Live_Tape_Start."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
