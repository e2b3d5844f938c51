"""Request and response of CreateCasterPvw (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["CreateCasterPvwRequest", "CreateCasterPvwResponse"]


@dataclass(kw_only=True)
class CreateCasterPvwRequest(Request["CreateCasterPvwResponse"]):
    """Request of CreateCasterPvw.

    该接口用来启动预监任务，并将获取预监画面的播放地址。
    """

    pvw_display_info: structures.CasterDisplayInfo
    """导播台预监展示信息参数"""

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "PvwDisplayInfo", "pvw_display_info", "..structures.caster_display_info:CasterDisplayInfo", required=True
        ),
        Field("CasterId", "caster_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "CreateCasterPvw"
    _response: ClassVar[str] = ".create_caster_pvw:CreateCasterPvwResponse"


@dataclass(kw_only=True)
class CreateCasterPvwResponse(Response):
    """Response of CreateCasterPvw."""

    pvw_play_url: str | None | Unset = UNSET
    """预监任务的画面rtmp协议预览地址。
    注：该预览地址仅供画面预览，不可分发。
    Example: rtmp:/www.example.com/live/example_stream_id
    """

    pvw_web_rtc_play_url: str | None | Unset = UNSET
    """预监任务的webrtc协议预览画面。
    注：
    1. 该预览地址仅供预览，不可分发。
    2. webrtc播放地址，需配合腾讯云快直播播放sdk使用
    Example: webrtc://webrtc.example.com/live/example_stream_id
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定
    位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PvwPlayUrl", "pvw_play_url", "String"),
        Field("PvwWebRTCPlayUrl", "pvw_web_rtc_play_url", "String"),
        Field("RequestId", "request_id", "String"),
    )
