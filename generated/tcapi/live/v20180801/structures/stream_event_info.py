"""The StreamEventInfo structure (live 2018-08-01), used by DescribeLiveStreamEventList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["StreamEventInfo"]


@dataclass(kw_only=True)
class StreamEventInfo(Model):
    """推断流事件信息。"""

    app_name: str | None | Unset = UNSET
    """应用名称。
    Example: live
    """

    domain_name: str | None | Unset = UNSET
    """推流域名。
    Example: yourdomain.test.com
    """

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream1
    """

    stream_start_time: str | None | Unset = UNSET
    """推流开始时间。
    UTC 格式时间，例如：2019-01-07T12:00:00Z。
    Example: 2019-01-04T11:59:58Z
    """

    stream_end_time: str | None | Unset = UNSET
    """推流结束时间。
    UTC 格式时间，例如：2019-01-07T15:00:00Z。
    Example: 2019-01-04T11:59:58Z
    """

    stop_reason: str | None | Unset = UNSET
    """停止原因。
    Example: 客户端主动断流
    """

    duration: int | None | Unset = UNSET
    """推流持续时长，单位：秒。
    Example: 60
    """

    client_ip: str | None | Unset = UNSET
    """主播 IP。
    当客户端为内网推流时，展示为: - 。
    Example: 180.163.8.244
    """

    resolution: str | None | Unset = UNSET
    """分辨率。
    Example: 640*352
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AppName", "app_name", "String"),
        Field("DomainName", "domain_name", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("StreamStartTime", "stream_start_time", "String"),
        Field("StreamEndTime", "stream_end_time", "String"),
        Field("StopReason", "stop_reason", "String"),
        Field("Duration", "duration", "Integer"),
        Field("ClientIp", "client_ip", "String"),
        Field("Resolution", "resolution", "String"),
    )
