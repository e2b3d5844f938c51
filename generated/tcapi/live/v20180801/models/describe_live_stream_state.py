"""Request and response of DescribeLiveStreamState (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeLiveStreamStateRequest", "DescribeLiveStreamStateResponse"]


@dataclass(kw_only=True)
class DescribeLiveStreamStateRequest(Request["DescribeLiveStreamStateResponse"]):
    """Request of DescribeLiveStreamState.

    返回直播中、无推流或者禁播等状态。
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    domain_name: str
    """您的推流域名。
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

    _action: ClassVar[str] = "DescribeLiveStreamState"
    _response: ClassVar[str] = ".describe_live_stream_state:DescribeLiveStreamStateResponse"


@dataclass(kw_only=True)
class DescribeLiveStreamStateResponse(Response):
    """Response of DescribeLiveStreamState."""

    stream_state: str | None | Unset = UNSET
    """流状态，
    active：活跃，
    inactive：非活跃，
    forbid：禁播。
    Example: active
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时
    需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamState", "stream_state", "String"),
        Field("RequestId", "request_id", "String"),
    )
