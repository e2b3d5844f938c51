"""The TimeShiftSubStream structure (live 2018-08-01), used by DescribeTimeShiftStreamList, TimeShiftStreamInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TimeShiftSubStream"]


@dataclass(kw_only=True)
class TimeShiftSubStream(Model):
    """时移自适应码率子流信息。"""

    trans_code_id: int | None | Unset = UNSET
    """时移自适应码率子流转码模板ID。
    Example: 332341
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TransCodeId", "trans_code_id", "Integer"),)
