"""Request and response of DeleteLVBChannel (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLVBChannelRequest", "DeleteLVBChannelResponse"]


@dataclass(kw_only=True)
class DeleteLVBChannelRequest(Request["DeleteLVBChannelResponse"]):
    """Request of DeleteLVBChannel."""

    channel_ids: list[dict[str, Any]]
    """频道的 ID 值，支持批量，具体用法见示例"""

    _fields: ClassVar[tuple[Field, ...]] = (Field("channelIds", "channel_ids", "Object", array=True, required=True),)

    _action: ClassVar[str] = "DeleteLVBChannel"
    _response: ClassVar[str] = ".delete_lvb_channel:DeleteLVBChannelResponse"


@dataclass(kw_only=True)
class DeleteLVBChannelResponse(Response):
    """Response of DeleteLVBChannel."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("RequestId", "request_id", "String"),
    )
