"""The DiagnoseResult structure (live 2018-08-01), used by DescribeMonitorReport."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["DiagnoseResult"]


@dataclass(kw_only=True)
class DiagnoseResult(Model):
    """媒体诊断结果，包含断流信息、低帧率信息等"""

    stream_broken_results: list[str] | None | Unset = UNSET
    """断流信息
    Example: ["stream 1 is broken", "stream 2 is broken""]
    """

    low_frame_rate_results: list[str] | None | Unset = UNSET
    """低帧率信息
    Example: ["stream 1 framerate is less than 10 fps", "stream 2 framerate is less than 10 fps"]
    """

    stream_format_results: list[str] | None | Unset = UNSET
    """流格式诊断信息
    Example: ["stream 1 is jitter", "stream 2 is jitter"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamBrokenResults", "stream_broken_results", "String", array=True),
        Field("LowFrameRateResults", "low_frame_rate_results", "String", array=True),
        Field("StreamFormatResults", "stream_format_results", "String", array=True),
    )
