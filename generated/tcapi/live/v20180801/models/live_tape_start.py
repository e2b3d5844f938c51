"""Request and response of Live_Tape_Start (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response


@dataclass(kw_only=True)
class Live_Tape_StartRequest(Request["Live_Tape_StartResponse"]):
    """Request of Live_Tape_Start.

    地址
    """

    ret: int | None | Unset = UNSET
    """0：成功；其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    output: list[dict[str, Any]] | None | Unset = UNSET
    """详情见下"""

    task_id: str | None | Unset = UNSET
    """int 64位无符整形"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
        Field("output", "output", "Object", array=True),
        Field("task_id", "task_id", "String"),
    )

    _action: ClassVar[str] = "Live_Tape_Start"
    _response: ClassVar[str] = ".live_tape_start:Live_Tape_StartResponse"


@dataclass(kw_only=True)
class Live_Tape_StartResponse(Response):
    """Response of Live_Tape_Start."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
