"""Request and response of Live_Channel_GetStatus (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["LiveChannelGetStatusRequest", "LiveChannelGetStatusResponse"]


@dataclass(kw_only=True)
class LiveChannelGetStatusRequest(Request["LiveChannelGetStatusResponse"]):
    """Request of Live_Channel_GetStatus.

    地址
    """

    appid: str
    """int 即直播 appid，用于区分不同客户的身份"""

    interface: str
    """Live_Channel_GetStatus"""

    t: int
    """UNIX 时间戳"""

    sign: str
    """MD5(key+t)"""

    param_s_channel_id: str
    """一次只能查询一条直播流"""

    ret: int | Unset = UNSET
    """0：成功；其他值：失败"""

    retcode: int | Unset = UNSET
    """同 ret"""

    message: str | Unset = UNSET
    """错误信息"""

    errmsg: str | Unset = UNSET
    """同 message"""

    output: list[dict[str, Any]] | Unset = UNSET
    """详情见下"""

    rate_type: Literal[0, 10, 20] | Unset = UNSET
    """0：原始码率；10：普清；20：高清"""

    recv_type: Literal[1, 2, 3] | Unset = UNSET
    """1：rtmp/flv；2：hls；3：rtmp/flv+hls"""

    status: Literal[0, 1, 3] | Unset = UNSET
    """0：无输入；1：直播中；3：禁用"""

    width: int | Unset = UNSET
    """单位：像素"""

    height: int | Unset = UNSET
    """单位：像素"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("appid", "appid", "String", required=True),
        Field("interface", "interface", "String", required=True),
        Field("t", "t", "Integer", required=True),
        Field("sign", "sign", "String", required=True),
        Field("Param.s.channel_id", "param_s_channel_id", "String", required=True),
        Field("ret", "ret", "Integer"),
        Field("retcode", "retcode", "Integer"),
        Field("message", "message", "String"),
        Field("errmsg", "errmsg", "String"),
        Field("output", "output", "Object", array=True),
        Field("rate_type", "rate_type", "Integer", enum=(0, 10, 20)),
        Field("recv_type", "recv_type", "Integer", enum=(1, 2, 3)),
        Field("status", "status", "Integer", enum=(0, 1, 3)),
        Field("width", "width", "Integer"),
        Field("height", "height", "Integer"),
    )

    _action: ClassVar[str] = "Live_Channel_GetStatus"
    _response: ClassVar[str] = ".live_channel_get_status:LiveChannelGetStatusResponse"


@dataclass(kw_only=True)
class LiveChannelGetStatusResponse(Response):
    """Response of Live_Channel_GetStatus."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
