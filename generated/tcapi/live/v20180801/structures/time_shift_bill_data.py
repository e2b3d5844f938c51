"""The TimeShiftBillData structure (live 2018-08-01), used by DescribeLiveTimeShiftBillInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TimeShiftBillData"]


@dataclass(kw_only=True)
class TimeShiftBillData(Model):
    """时移计费明细数据。"""

    domain: str | None | Unset = UNSET
    """推流域名。
    Example: "5000.playdomain.com"
    """

    duration: float | None | Unset = UNSET
    """时移文件时长，单位分钟。
    Example: 3.25
    """

    storage_period: float | None | Unset = UNSET
    """时移配置天数，单位天。
    Example: 1
    """

    time: str | None | Unset = UNSET
    """时间点，格式: yyyy-mm-ddTHH:MM:SSZ。
    Example: 2022-02-21T17:37:43+08:00
    """

    total_duration: float | None | Unset = UNSET
    """时移总时长，单位分钟。
    Example: 67.43
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Domain", "domain", "String"),
        Field("Duration", "duration", "Float"),
        Field("StoragePeriod", "storage_period", "Float"),
        Field("Time", "time", "String"),
        Field("TotalDuration", "total_duration", "Float"),
    )
