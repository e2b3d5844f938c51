"""Request and response of Live_Set_Delay (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response


@dataclass(kw_only=True)
class Live_Set_DelayRequest(Request["Live_Set_DelayResponse"]):
    """Request of Live_Set_Delay.

    接口
    """

    appid: str
    """int 即直播 APPID，用于区分不同客户的身份"""

    interface: str
    """Live_Set_Delay"""

    t: int
    """UNIX 时间戳（十进制）"""

    sign: str
    """MD5(key+t)"""

    param_s_channel_id: str
    """直播码 ID"""

    param_n_time_length: int
    """单位秒，上限600s"""

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
        Field("Param.n.time_length", "param_n_time_length", "Integer", required=True, maximum=600),
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
    )

    _action: ClassVar[str] = "Live_Set_Delay"
    _response: ClassVar[str] = ".live_set_delay:Live_Set_DelayResponse"


@dataclass(kw_only=True)
class Live_Set_DelayResponse(Response):
    """Response of Live_Set_Delay."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
