"""The HlsSpecialParam structure (live 2018-08-01), used by CreateLiveRecordTemplate, DescribeLiveRecordTemplate, DescribeLiveRecordTemplates, ModifyLiveRecordTemplate,...."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["HlsSpecialParam"]


@dataclass(kw_only=True)
class HlsSpecialParam(Model):
    """HLS专属录制参数"""

    flow_continue_duration: int | None | Unset = UNSET
    """HLS续流超时时间。
    取值范围[0，1800]。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 50
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("FlowContinueDuration", "flow_continue_duration", "Integer", minimum=0, maximum=1800),
    )
