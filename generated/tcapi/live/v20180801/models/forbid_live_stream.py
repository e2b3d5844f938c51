"""Request and response of ForbidLiveStream (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ForbidLiveStreamRequest", "ForbidLiveStreamResponse"]


@dataclass(kw_only=True)
class ForbidLiveStreamRequest(Request["ForbidLiveStreamResponse"]):
    """Request of ForbidLiveStream.

    禁止某条流的推送，可以预设某个时刻将流恢复。
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

    resume_time: str | Unset = UNSET
    """恢复流的时间。UTC 格式，例如：2018-11-29T19:00:00Z。
    注意：
    1. 默认禁推7天，且最长支持禁推90天。
    2. 北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2018-11-24T12:00:00Z
    """

    reason: str | Unset = UNSET
    """禁推原因。
    注明：请务必填写禁推原因，防止误操作。
    长度限制：2048字节。
    Example: forbid reason
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AppName", "app_name", "String", required=True),
        Field("DomainName", "domain_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("ResumeTime", "resume_time", "String", format="date-time"),
        Field("Reason", "reason", "String", max_length=2048),
    )

    _action: ClassVar[str] = "ForbidLiveStream"
    _response: ClassVar[str] = ".forbid_live_stream:ForbidLiveStreamResponse"


@dataclass(kw_only=True)
class ForbidLiveStreamResponse(Response):
    """Response of ForbidLiveStream."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
