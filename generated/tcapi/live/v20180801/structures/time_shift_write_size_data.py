"""The TimeShiftWriteSizeData structure (live 2018-08-01), used by DescribeLiveTimeShiftWriteSizeInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TimeShiftWriteSizeData"]


@dataclass(kw_only=True)
class TimeShiftWriteSizeData(Model):
    """直播时移写入量数据。"""

    area: str | None | Unset = UNSET
    """区域。
    Example: 中国大陆
    """

    time: str | None | Unset = UNSET
    """时间，格式为：yyyy-mm-ddTHH:MM:SSZ。
    Example: 2022-11-18T15:00:00+08:00
    """

    write_size: float | None | Unset = UNSET
    """写入量（单位：字节）
    Example: 370390080
    """

    domain: str | None | Unset = UNSET
    """域名。
    Example: 5000.livepush.myqcloud.com
    """

    storage_days: int | None | Unset = UNSET
    """时移天数。
    Example: 7
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Area", "area", "String"),
        Field("Time", "time", "String"),
        Field("WriteSize", "write_size", "Float"),
        Field("Domain", "domain", "String"),
        Field("StorageDays", "storage_days", "Integer"),
    )
