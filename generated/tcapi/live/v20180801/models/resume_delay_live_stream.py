"""Request and response of ResumeDelayLiveStream (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ResumeDelayLiveStreamRequest", "ResumeDelayLiveStreamResponse"]


@dataclass(kw_only=True)
class ResumeDelayLiveStreamRequest(Request["ResumeDelayLiveStreamResponse"]):
    """Request of ResumeDelayLiveStream.

    取消直播流设置的延时配置，恢复实时直播画面。
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为live。
    Example: live
    """

    domain_name: str
    """推流域名。
    Example: 5000.livepush.myqcloud.com
    """

    stream_name: str
    """流名称。
    Example: stream1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AppName", "app_name", "String", required=True),
        Field("DomainName", "domain_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
    )

    _action: ClassVar[str] = "ResumeDelayLiveStream"
    _response: ClassVar[str] = ".resume_delay_live_stream:ResumeDelayLiveStreamResponse"


@dataclass(kw_only=True)
class ResumeDelayLiveStreamResponse(Response):
    """Response of ResumeDelayLiveStream."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
