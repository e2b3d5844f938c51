"""The MPSResult structure (live 2018-08-01), used by DescribeMonitorReport."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["MPSResult"]


@dataclass(kw_only=True)
class MPSResult(Model):
    """媒体处理结果，包含智能语音识别、智能文字识别结果"""

    ai_asr_results: list[str] | None | Unset = UNSET
    """智能语音识别结果。
    Example: ["stream 1: 你好"， “stream 2: 最近怎么样”]
    """

    ai_ocr_results: list[str] | None | Unset = UNSET
    """智能文字识别结果。
    Example: ["stream 1: cctv"， “stream 2: cctv2”]
    """

    stream_qua_ctrl_results: list[str] | None | Unset = UNSET
    """内容质检结果。
    Example: ["stream1: Moasic", "stream 2: Blur"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AiAsrResults", "ai_asr_results", "String", array=True),
        Field("AiOcrResults", "ai_ocr_results", "String", array=True),
        Field("StreamQuaCtrlResults", "stream_qua_ctrl_results", "String", array=True),
    )
