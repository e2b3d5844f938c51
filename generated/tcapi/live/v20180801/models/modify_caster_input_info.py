"""Request and response of ModifyCasterInputInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["ModifyCasterInputInfoRequest", "ModifyCasterInputInfoResponse"]


@dataclass(kw_only=True)
class ModifyCasterInputInfoRequest(Request["ModifyCasterInputInfoResponse"]):
    """Request of ModifyCasterInputInfo.

    该接口用来修改已经设置过的输入源信息，如源地址，源类型等。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    input_info: structures.CasterInputInfo
    """修改的导播台输入源信息"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("InputInfo", "input_info", "..structures.caster_input_info:CasterInputInfo", required=True),
    )

    _action: ClassVar[str] = "ModifyCasterInputInfo"
    _response: ClassVar[str] = ".modify_caster_input_info:ModifyCasterInputInfoResponse"


@dataclass(kw_only=True)
class ModifyCasterInputInfoResponse(Response):
    """Response of ModifyCasterInputInfo."""

    input_play_url: str | None | Unset = UNSET
    """修改输入源后的预览地址。
    注：该地址仅作为预览使用，不可分发。
    Example: rtmp://www.example.com/live/stream_id
    """

    input_web_rtc_play_url: str | None | Unset = UNSET
    """修改后的输入源webrtc预览地址。
    该地址需配合腾讯云快直播播放SDK使用。
    注：该地址仅做预览使用，不可分发。
    Example: webrtc://www.webrtc.example.com/live/stream_id
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
