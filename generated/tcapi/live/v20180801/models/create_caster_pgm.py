"""Request and response of CreateCasterPgm (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["CreateCasterPgmRequest", "CreateCasterPgmResponse"]


@dataclass(kw_only=True)
class CreateCasterPgmRequest(Request["CreateCasterPgmResponse"]):
    """Request of CreateCasterPgm.

    该接口用来启动主监任务，并将获取主监画面的播放地址。
    """

    pgm_display_info: structures.CasterDisplayInfo
    """导播台展示信息参数。"""

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "PgmDisplayInfo", "pgm_display_info", "..structures.caster_display_info:CasterDisplayInfo", required=True
        ),
        Field("CasterId", "caster_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "CreateCasterPgm"
    _response: ClassVar[str] = ".create_caster_pgm:CreateCasterPgmResponse"


@dataclass(kw_only=True)
class CreateCasterPgmResponse(Response):
    """Response of CreateCasterPgm."""

    pgm_play_url: str | None | Unset = UNSET
    """主监任务的rtmp协议预览地址。
    注：该地址仅供预览，不可分发。
    Example: rtmp://www.example.com/live/example_stream_id
    """

    cdn_play_url: str | None | Unset = UNSET
    """注：该字段已废弃，请结合腾讯云直播播放地址生成策略生成cdn播放地址。
    Example: https://example.cdn.com/live/example_stream_id
    """

    cdn_stream_id: str | None | Unset = UNSET
    """主监任务在腾讯云直播侧的流ID。
    Example: example_stream_id
    """

    pgm_web_rtc_play_url: str | None | Unset = UNSET
    """主监任务的webrtc协议播放地址。
    注：
    1. 该预览地址仅作为预览，不可分发。
    2. webrtc播放地址需配合腾讯云快直播播放sdk使用。
    Example: webrtc://webrtc.domain.com/live/example_stream
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定
    位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PgmPlayUrl", "pgm_play_url", "String"),
        Field("CdnPlayUrl", "cdn_play_url", "String"),
        Field("CdnStreamId", "cdn_stream_id", "String"),
        Field("PgmWebRTCPlayUrl", "pgm_web_rtc_play_url", "String"),
        Field("RequestId", "request_id", "String"),
    )
