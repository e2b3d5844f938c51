"""The TranscodeTaskNum structure (live 2018-08-01), used by DescribeTranscodeTaskNum."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TranscodeTaskNum"]


@dataclass(kw_only=True)
class TranscodeTaskNum(Model):
    """转码任务数。"""

    time: str | None | Unset = UNSET
    """时间点。
    Example: 2022-01-09 21:45
    """

    code_rate: int | None | Unset = UNSET
    """码率。
    Example: 2000
    """

    num: int | None | Unset = UNSET
    """任务数。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("CodeRate", "code_rate", "Integer"),
        Field("Num", "num", "Integer"),
    )
