"""Request and response of Live_Channel_GetLiveChannelList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["LiveChannelGetLiveChannelListRequest", "LiveChannelGetLiveChannelListResponse"]


@dataclass(kw_only=True)
class LiveChannelGetLiveChannelListRequest(Request["LiveChannelGetLiveChannelListResponse"]):
    """Request of Live_Channel_GetLiveChannelList.

    地址
    """

    appid: str
    """int 即直播 appid，用于区分不同客户的身份，账户信息中获取"""

    interface: str
    """Live_Channel_GetLiveChannelList"""

    t: int
    """-"""

    sign: str
    """md5(key+ 有效截止时间戳)"""

    ret: int | Unset = UNSET
    """0：成功；其他值：失败"""

    message: str | Unset = UNSET
    """错误描述"""

    output: list[dict[str, Any]] | Unset = UNSET
    """-"""

    all_count: int | Unset = UNSET
    """-"""

    channel_list: list[dict[str, Any]] | Unset = UNSET
    """-"""

    channel_id: str | Unset = UNSET
    """string -"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("appid", "appid", "String", required=True),
        Field("interface", "interface", "String", required=True),
        Field("t", "t", "Integer", required=True),
        Field("sign", "sign", "String", required=True),
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
        Field("output", "output", "Object", array=True),
        Field("all_count", "all_count", "Integer"),
        Field("channel_list", "channel_list", "Object", array=True),
        Field("channel_id", "channel_id", "String"),
    )

    _action: ClassVar[str] = "Live_Channel_GetLiveChannelList"
    _response: ClassVar[str] = ".live_channel_get_live_channel_list:LiveChannelGetLiveChannelListResponse"


@dataclass(kw_only=True)
class LiveChannelGetLiveChannelListResponse(Response):
    """Response of Live_Channel_GetLiveChannelList."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
