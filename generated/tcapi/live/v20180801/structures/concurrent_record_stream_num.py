"""The ConcurrentRecordStreamNum structure (live 2018-08-01), used by DescribeConcurrentRecordStreamNum, DescribeUploadStreamNums."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["ConcurrentRecordStreamNum"]


@dataclass(kw_only=True)
class ConcurrentRecordStreamNum(Model):
    """并发录制路数"""

    time: str | None | Unset = UNSET
    """时间点。
    Example: 2019-03-01T01:00:00+08:00
    """

    num: int | None | Unset = UNSET
    """路数。
    Example: 100
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("Num", "num", "Integer"),
    )
