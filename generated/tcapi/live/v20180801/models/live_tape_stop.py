"""Request and response of Live_Tape_Stop (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response


@dataclass(kw_only=True)
class Live_Tape_StopRequest(Request["Live_Tape_StopResponse"]):
    """Request of Live_Tape_Stop.

    地址
    """

    appid: str
    """int 直播 appid，用于区分不同客户的身份"""

    interface: str
    """Live_Tape_Stop"""

    t: int
    """UNIX 时间戳"""

    sign: str
    """MD5(key+t)"""

    param_s_channel_id: str
    """string -"""

    param_n_task_id: str
    """int -"""

    param_n_task_sub_type: int | None | Unset = UNSET
    """默认为0，1：开启小视频"""

    ret: int | None | Unset = UNSET
    """0：成功；其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("appid", "appid", "String", required=True),
        Field("interface", "interface", "String", required=True),
        Field("t", "t", "Integer", required=True),
        Field("sign", "sign", "String", required=True),
        Field("Param.s.channel_id", "param_s_channel_id", "String", required=True),
        Field("Param.n.task_id", "param_n_task_id", "String", required=True),
        Field("Param.n.task_sub_type", "param_n_task_sub_type", "Integer"),
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
    )

    _action: ClassVar[str] = "Live_Tape_Stop"
    _response: ClassVar[str] = ".live_tape_stop:Live_Tape_StopResponse"


@dataclass(kw_only=True)
class Live_Tape_StopResponse(Response):
    """Response of Live_Tape_Stop."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
