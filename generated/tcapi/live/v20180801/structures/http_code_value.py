"""The HttpCodeValue structure (live 2018-08-01), used by DescribePlayErrorCodeDetailInfoList, HttpCodeInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["HttpCodeValue"]


@dataclass(kw_only=True)
class HttpCodeValue(Model):
    """HTTP返回码数据信息"""

    time: str | None | Unset = UNSET
    """时间，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2022-11-14T16:38:00+08:00
    """

    numbers: int | None | Unset = UNSET
    """次数。
    Example: 1
    """

    percentage: float | None | Unset = UNSET
    """占比。
    Example: 0.1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String", format="date-time"),
        Field("Numbers", "numbers", "Integer"),
        Field("Percentage", "percentage", "Float"),
    )
