"""Request and response of AddCasterInputInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["AddCasterInputInfoRequest", "AddCasterInputInfoResponse"]


@dataclass(kw_only=True)
class AddCasterInputInfoRequest(Request["AddCasterInputInfoResponse"]):
    """Request of AddCasterInputInfo.

    该接口用来向导播台中添加一个输入源，该输入源可以是拉流地址、或是一个文件链接
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    input_info: structures.CasterInputInfo
    """导播台输入源详细信息。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("InputInfo", "input_info", "..structures.caster_input_info:CasterInputInfo", required=True),
    )

    _action: ClassVar[str] = "AddCasterInputInfo"
    _response: ClassVar[str] = ".add_caster_input_info:AddCasterInputInfoResponse"


@dataclass(kw_only=True)
class AddCasterInputInfoResponse(Response):
    """Response of AddCasterInputInfo."""

    input_play_url: str | None | Unset = UNSET
    """rtmp协议输入源播放地址。
    注：仅可作为预览使用，不可分发。
    Example: rtmp://www.example.com/live/example
    """

    input_web_rtc_play_url: str | None | Unset = UNSET
    """webrtc协议播放地址。
    注：
    1. 需配合使用腾讯云快直播播放SDK使用才可正常播放。
    2. 仅作为预览使用，不可分发。
    Example: webrtc://webrtc.example.com/live/example
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。
    定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("InputPlayUrl", "input_play_url", "String"),
        Field("InputWebRTCPlayUrl", "input_web_rtc_play_url", "String"),
        Field("RequestId", "request_id", "String"),
    )
