"""Request and response of CreateLVBChannel (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLVBChannelRequest", "CreateLVBChannelResponse"]


@dataclass(kw_only=True)
class CreateLVBChannelRequest(Request["CreateLVBChannelResponse"]):
    """Request of CreateLVBChannel."""

    channel_name: str
    """频道名称"""

    channel_describe: str | Unset = UNSET
    """直播频道描述"""

    output_source_type: int
    """输出源选择（1表示只有 RTMP 输出，2表示只有 HLS 输出，3表示两者都有）"""

    player_password: str | Unset = UNSET
    """接收方播放器密码
    sourceList 是 array 直播源列表，每个直播源可以包括类型、名称。注：目前只支持一个直播源
    """

    watermark_id: int | Unset = UNSET
    """水印 ID
    outputRate 否 array
    """

    name: str
    """直播源名称"""

    type_: int
    """1 RTMP 推流"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelName", "channel_name", "String", required=True),
        Field("channelDescribe", "channel_describe", "String"),
        Field("outputSourceType", "output_source_type", "Integer", required=True),
        Field("playerPassword", "player_password", "String"),
        Field("watermarkId", "watermark_id", "Integer"),
        Field("name", "name", "String", required=True),
        Field("type", "type_", "Integer", required=True),
    )

    _action: ClassVar[str] = "CreateLVBChannel"
    _response: ClassVar[str] = ".create_lvb_channel:CreateLVBChannelResponse"


@dataclass(kw_only=True)
class CreateLVBChannelResponse(Response):
    """Response of CreateLVBChannel."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    channel_id: str | None | Unset = UNSET
    """频道 ID"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("channel_id", "channel_id", "String"),
        Field("RequestId", "request_id", "String"),
    )
