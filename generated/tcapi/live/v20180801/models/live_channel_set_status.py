"""Request and response of Live_Channel_SetStatus (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response


@dataclass(kw_only=True)
class Live_Channel_SetStatusRequest(Request["Live_Channel_SetStatusResponse"]):
    """Request of Live_Channel_SetStatus.

    对一条直播流执行禁用、断流和允许推流操作。 禁用表示不能再继续使用该流 ID 推流；如果正在推流，则推流会被中断，中断后不可再次推流。断流表示中断正在推的流，断流后可以再次推流。允许推流表示启用该流 ID，允许用该流 ID 推流。
    """

    appid: str
    """int 即直播 APPID，用于区分不同客户的身份"""

    interface: str
    """Live_Channel_SetStatus"""

    t: int
    """UNIX 时间戳"""

    sign: str
    """MD5(key+t)"""

    param_s_channel_id: str
    """-"""

    param_n_status: int
    """0表示禁用，1表示允许推流，2表示断流"""

    param_s_path: str | None | Unset = UNSET
    """多路径用户使用"""

    param_s_domain: str | None | Unset = UNSET
    """多域名用户使用"""

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
        Field("Param.n.status", "param_n_status", "Integer", required=True),
        Field("Param.s.path", "param_s_path", "String"),
        Field("Param.s.domain", "param_s_domain", "String"),
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
    )

    _action: ClassVar[str] = "Live_Channel_SetStatus"
    _response: ClassVar[str] = ".live_channel_set_status:Live_Channel_SetStatusResponse"


@dataclass(kw_only=True)
class Live_Channel_SetStatusResponse(Response):
    """Response of Live_Channel_SetStatus."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
