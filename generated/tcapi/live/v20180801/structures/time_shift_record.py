"""The TimeShiftRecord structure (live 2018-08-01), used by DescribeTimeShiftRecordDetail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TimeShiftRecord"]


@dataclass(kw_only=True)
class TimeShiftRecord(Model):
    """时移录制段。"""

    sid: str | None | Unset = UNSET
    """时移录制会话标识。
    Example: 46545
    """

    start_time: int | None | Unset = UNSET
    """录制会话开始时间，Unix 时间戳。
    Example: 1285512
    """

    end_time: int | None | Unset = UNSET
    """录制会话结束时间，Unix 时间戳。
    Example: 1295512
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Sid", "sid", "String"),
        Field("StartTime", "start_time", "Integer"),
        Field("EndTime", "end_time", "Integer"),
    )
