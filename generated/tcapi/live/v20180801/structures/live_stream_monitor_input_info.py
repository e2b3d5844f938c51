"""The LiveStreamMonitorInputInfo structure (live 2018-08-01), used by CreateLiveStreamMonitor, DescribeLiveStreamMonitor, DescribeLiveStreamMonitorList, LiveStreamMonitorInfo,...."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LiveStreamMonitorInputInfo"]


@dataclass(kw_only=True)
class LiveStreamMonitorInputInfo(Model):
    """直播监播功能输入流信息"""

    input_stream_name: str | None | Unset = UNSET
    """待监播的输入流名称。256字节以内，只允许包含字母、数字、‘-’，‘_’，'.'字符。
    Example: ExampleStreamName
    """

    input_domain: str | None | Unset = UNSET
    """待监播的输入流推流域名。128字节以内，只允许填处于启用状态的推流域名。
    Example: ExampleDomain
    """

    input_app: str | None | Unset = UNSET
    """待监播的输入流推流路径。32字节以内，只允许包含字母、数字、‘-’，‘_’，'.'字符。
    Example: Live
    """

    input_url: str | None | Unset = UNSET
    """待监播的输入流推流url。一般场景下，无需该参数。
    Example: rtmp://ExampleDomain/Live/ExampleStreamName
    """

    description: str | None | Unset = UNSET
    """描述。256字节以内。
    Example: Input1
    """

    caster_input_index: int | None | Unset = UNSET
    """导播台输入源索引（10000 pvw， 10001 pgm， 其余代表输入下标）
    Example: 1
    """

    need_monitor: bool | None | Unset = UNSET
    """该输入源是否正在监播
    Example: True
    """

    cdn_stream_id: str | None | Unset = UNSET
    """导播台pvw pgm的cdn流id
    Example: ExampleStreamName
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("InputStreamName", "input_stream_name", "String", required=True),
        Field("InputDomain", "input_domain", "String"),
        Field("InputApp", "input_app", "String"),
        Field("InputUrl", "input_url", "String"),
        Field("Description", "description", "String"),
        Field("CasterInputIndex", "caster_input_index", "Integer"),
        Field("NeedMonitor", "need_monitor", "Boolean"),
        Field("CdnStreamId", "cdn_stream_id", "String"),
    )
