"""Request and response of Live_Channel_GetChannelList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["LiveChannelGetChannelListRequest", "LiveChannelGetChannelListResponse"]


@dataclass(kw_only=True)
class LiveChannelGetChannelListRequest(Request["LiveChannelGetChannelListResponse"]):
    """Request of Live_Channel_GetChannelList.

    地址
    """

    appid: str
    """int 直播 appid，账户信息中获取"""

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

    channel_name: str | Unset = UNSET
    """-"""

    create_mode: str | Unset = UNSET
    """-"""

    create_time: str | Unset = UNSET
    """-
    目标：查询该账号下当开启的频道列表
    """

    path: list[str] | Unset = UNSET
    """-"""

    status: Literal[0, 1, 2, 3, 4] | Unset = UNSET
    """0：无输入，1：正常，2：服务错误，3：关闭，4：禁止"""

    watermark_id: str | Unset = UNSET
    """String -"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("appid", "appid", "String", required=True),
        Field("ret", "ret", "Integer"),
        Field("message", "message", "String"),
        Field("output", "output", "Object", array=True),
        Field("all_count", "all_count", "Integer"),
        Field("channel_list", "channel_list", "Object", array=True),
        Field("channel_id", "channel_id", "String"),
        Field("channel_name", "channel_name", "String"),
        Field("create_mode", "create_mode", "String"),
        Field("create_time", "create_time", "String"),
        Field("path", "path", "String", array=True),
        Field("status", "status", "Integer", enum=(0, 1, 2, 3, 4)),
        Field("watermark_id", "watermark_id", "String"),
    )

    _action: ClassVar[str] = "Live_Channel_GetChannelList"
    _response: ClassVar[str] = ".live_channel_get_channel_list:LiveChannelGetChannelListResponse"


@dataclass(kw_only=True)
class LiveChannelGetChannelListResponse(Response):
    """Response of Live_Channel_GetChannelList."""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
