"""The LiveStreamMonitorOutputInfo structure (live 2018-08-01), used by CreateLiveStreamMonitor, DescribeLiveStreamMonitor, DescribeLiveStreamMonitorList, LiveStreamMonitorInfo,...."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LiveStreamMonitorOutputInfo"]


@dataclass(kw_only=True)
class LiveStreamMonitorOutputInfo(Model):
    """直播流监播输出流信息"""

    output_stream_width: int | None | Unset = UNSET
    """监播任务输出流宽度像素。范围[1,1920]。建议至少大于100像素。
    Example: 1920
    """

    output_stream_height: int | None | Unset = UNSET
    """监播任务输出流长度像素。范围[1,1080]，建议至少大于100像素。
    Example: 1080
    """

    output_stream_name: str | None | Unset = UNSET
    """监播任务输出流名称。
    不填时，系统会自动生成。
    256字节以内，只允许包含字母、数字、‘-’，‘_’，'.'字符。
    Example: OutputExampleName
    """

    output_domain: str | None | Unset = UNSET
    """监播任务播放域名。128字节以内，只允许填处于启用状态的播放域名。
    Example: OutputExampleDomain
    """

    output_app: str | None | Unset = UNSET
    """监播任务播放路径。32字节以内，只允许包含字母、数字、‘-’，‘_’，'.'字符。
    Example: Live
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("OutputStreamWidth", "output_stream_width", "Integer", required=True, minimum=1, maximum=1920),
        Field("OutputStreamHeight", "output_stream_height", "Integer", required=True, minimum=1, maximum=1080),
        Field("OutputStreamName", "output_stream_name", "String"),
        Field("OutputDomain", "output_domain", "String"),
        Field("OutputApp", "output_app", "String"),
    )
