"""Request and response of channel_manager (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response


@dataclass(kw_only=True)
class channel_managerRequest(Request["channel_managerResponse"]):
    """Request of channel_manager.

    地址
    """

    appid: str
    """int 即直播 appid，用于区分不同客户的身份"""

    interface: str
    """channel_manager"""

    t: int
    """UNIX 时间戳"""

    sign: str
    """MD5(key+t)"""

    param_s_channel_id: str
    """-"""

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
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
    )

    _action: ClassVar[str] = "channel_manager"
    _response: ClassVar[str] = ".channel_manager:channel_managerResponse"


@dataclass(kw_only=True)
class channel_managerResponse(Response):
    """Response of channel_manager."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
