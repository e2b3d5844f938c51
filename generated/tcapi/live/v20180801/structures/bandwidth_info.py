"""The BandwidthInfo structure (live 2018-08-01), used by DescribeDeliverBandwidthList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["BandwidthInfo"]


@dataclass(kw_only=True)
class BandwidthInfo(Model):
    """带宽信息"""

    time: str | None | Unset = UNSET
    """返回格式：
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    根据粒度会有不同程度的缩减。
    Example: 2022-11-06T16:50:00+08:00
    """

    bandwidth: float | None | Unset = UNSET
    """带宽。
    Example: 0.01
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String", format="date-time"),
        Field("Bandwidth", "bandwidth", "Float"),
    )
