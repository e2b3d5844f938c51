"""Request and response of CreateCasterInputPushUrl (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateCasterInputPushUrlRequest", "CreateCasterInputPushUrlResponse"]


@dataclass(kw_only=True)
class CreateCasterInputPushUrlRequest(Request["CreateCasterInputPushUrlResponse"]):
    """Request of CreateCasterInputPushUrl.

    该接口用来生成导播台推流地址
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    input_index: int
    """请求生成推流地址的输入Index。
    允许范围[1,24]。
    Example: 1
    """

    protocol: str | Unset = UNSET
    """生成推流地址协议。
    范围[rtmp,webrtc]。
    注：获取webrtc推流地址时，需配合腾讯云快直播推流sdk才可成功推流。
    Example: rtmp
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("InputIndex", "input_index", "Integer", required=True, minimum=1, maximum=24),
        Field("Protocol", "protocol", "String"),
    )

    _action: ClassVar[str] = "CreateCasterInputPushUrl"
    _response: ClassVar[str] = ".create_caster_input_push_url:CreateCasterInputPushUrlResponse"


@dataclass(kw_only=True)
class CreateCasterInputPushUrlResponse(Response):
    """Response of CreateCasterInputPushUrl."""

    push_url: str | None | Unset = UNSET
    """生成可使用的推流地址。
    Example: rtmp://www.example.com/live/stream_id?bizid=xxx
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PushUrl", "push_url", "String"),
        Field("RequestId", "request_id", "String"),
    )
