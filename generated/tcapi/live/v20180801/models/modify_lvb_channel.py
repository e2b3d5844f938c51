"""Request and response of ModifyLVBChannel (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLVBChannelRequest", "ModifyLVBChannelResponse"]


@dataclass(kw_only=True)
class ModifyLVBChannelRequest(Request["ModifyLVBChannelResponse"]):
    """Request of ModifyLVBChannel."""

    channel_id: int
    """频道的 ID 号"""

    channel_name: str
    """直播频道名称"""

    channel_describe: str | Unset = UNSET
    """直播频道描述"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelId", "channel_id", "Integer", required=True),
        Field("channelName", "channel_name", "String", required=True),
        Field("channelDescribe", "channel_describe", "String"),
    )

    _action: ClassVar[str] = "ModifyLVBChannel"
    _response: ClassVar[str] = ".modify_lvb_channel:ModifyLVBChannelResponse"


@dataclass(kw_only=True)
class ModifyLVBChannelResponse(Response):
    """Response of ModifyLVBChannel."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值： 失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("RequestId", "request_id", "String"),
    )
