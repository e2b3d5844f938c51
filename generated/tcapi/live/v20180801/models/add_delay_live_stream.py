"""Request and response of AddDelayLiveStream (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["AddDelayLiveStreamRequest", "AddDelayLiveStreamResponse"]


@dataclass(kw_only=True)
class AddDelayLiveStreamRequest(Request["AddDelayLiveStreamResponse"]):
    """Request of AddDelayLiveStream.

    针对大型活动直播，通过对直播流设置延时来控制现场与观众播放画面的时间间隔，避免突发状况造成影响。
    """

    app_name: str
    """推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
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

    delay_time: int
    """延播时间，单位：秒，上限：600秒。
    Example: 30
    """

    expire_time: str | Unset = UNSET
    """延播设置的过期时间。UTC 格式，例如：2018-11-29T19:00:00Z。
    注意：
    1. 默认7天后过期，且最长支持7天内生效。
    2. 北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2018-12-30T11:00:00Z
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AppName", "app_name", "String", required=True),
        Field("DomainName", "domain_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("DelayTime", "delay_time", "Integer", required=True, maximum=600),
        Field("ExpireTime", "expire_time", "String", format="date-time"),
    )

    _action: ClassVar[str] = "AddDelayLiveStream"
    _response: ClassVar[str] = ".add_delay_live_stream:AddDelayLiveStreamResponse"


@dataclass(kw_only=True)
class AddDelayLiveStreamResponse(Response):
    """Response of AddDelayLiveStream."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
