"""The TimeValue structure (live 2018-08-01), used by DescribeScreenShotSheetNumList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TimeValue"]


@dataclass(kw_only=True)
class TimeValue(Model):
    """某个时间点的指标的数值是多少。"""

    time: str | None | Unset = UNSET
    """UTC 时间，时间格式：yyyy-mm-ddTHH:MM:SSZ。
    Example: 2019-11-07T16:00:00Z
    """

    num: int | None | Unset = UNSET
    """数值。
    Example: 41876427
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("Num", "num", "Integer"),
    )
