"""Request and response of DescribeCasterPlayUrl (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeCasterPlayUrlRequest", "DescribeCasterPlayUrlResponse"]


@dataclass(kw_only=True)
class DescribeCasterPlayUrlRequest(Request["DescribeCasterPlayUrlResponse"]):
    """Request of DescribeCasterPlayUrl.

    该接口用来获取导播台视频流的播放url，用来在页面上拉流展示。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    play_url_type: Literal[1, 2, 3]
    """请求播放url的类型。
    取值范围[1，2，3]
    1：获取输入源的播放url
    2：获取pvw的播放url
    3：获取pgm的播放url
    Example: 1
    """

    play_url_index: int | Unset = UNSET
    """仅在PlayUrlType为1时生效，此时该参数表示请求的输入源Index。
    注：对应的输入源必须存在。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("PlayUrlType", "play_url_type", "Integer", required=True, enum=(1, 2, 3)),
        Field("PlayUrlIndex", "play_url_index", "Integer"),
    )

    _action: ClassVar[str] = "DescribeCasterPlayUrl"
    _response: ClassVar[str] = ".describe_caster_play_url:DescribeCasterPlayUrlResponse"


@dataclass(kw_only=True)
class DescribeCasterPlayUrlResponse(Response):
    """Response of DescribeCasterPlayUrl."""

    play_url: str | None | Unset = UNSET
    """播放url。
    当导播台不存在预监或主监时，若请求预监或主监的播放地址，该字段为空。
    Example: http://www.example/live/test.flv
    """

    web_rtc_play_url: str | None | Unset = UNSET
    """webrtc协议播放地址。
    当导播台不存在预监或主监时，若请求预监或主监的webrtc播放地址，该字段为空。
    注：webrtc协议播放地址需配合腾讯云快直播播放sdk方可使用。
    Example: webrtc://webrtc.domain.com/live/test
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问
    题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PlayUrl", "play_url", "String"),
        Field("WebRTCPlayUrl", "web_rtc_play_url", "String"),
        Field("RequestId", "request_id", "String"),
    )
