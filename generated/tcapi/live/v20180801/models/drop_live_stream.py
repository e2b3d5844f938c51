"""Request and response of DropLiveStream (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DropLiveStreamRequest", "DropLiveStreamResponse"]


@dataclass(kw_only=True)
class DropLiveStreamRequest(Request["DropLiveStreamResponse"]):
    """Request of DropLiveStream.

    断开推流连接，但可以重新推流。
    """

    stream_name: str
    """流名称。
    Example: stream1
    """

    domain_name: str
    """您的推流域名。
    Example: 5000.livepush.myqcloud.com
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String", required=True),
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
    )

    _action: ClassVar[str] = "DropLiveStream"
    _response: ClassVar[str] = ".drop_live_stream:DropLiveStreamResponse"


@dataclass(kw_only=True)
class DropLiveStreamResponse(Response):
    """Response of DropLiveStream."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
