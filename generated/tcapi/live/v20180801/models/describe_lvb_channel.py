"""Request and response of DescribeLVBChannel (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeLVBChannelRequest", "DescribeLVBChannelResponse"]


@dataclass(kw_only=True)
class DescribeLVBChannelRequest(Request["DescribeLVBChannelResponse"]):
    """Request of DescribeLVBChannel."""

    channel_id: int
    """频道的 ID 号"""

    _fields: ClassVar[tuple[Field, ...]] = (Field("channelId", "channel_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeLVBChannel"
    _response: ClassVar[str] = ".describe_lvb_channel:DescribeLVBChannelResponse"


@dataclass(kw_only=True)
class DescribeLVBChannelResponse(Response):
    """Response of DescribeLVBChannel."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    channel_info: list[dict[str, Any]] | None | Unset = UNSET
    """频道的信息（当前状态、名称、描述、直播源信息和输出源信息）"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("channelInfo", "channel_info", "Object", array=True),
        Field("RequestId", "request_id", "String"),
    )
