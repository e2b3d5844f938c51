"""The CdnPlayStatData structure (live 2018-08-01), used by DescribeGroupProIspPlayInfoList, GroupProIspDataInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CdnPlayStatData"]


@dataclass(kw_only=True)
class CdnPlayStatData(Model):
    """下行播放统计指标"""

    time: str | None | Unset = UNSET
    """时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-01-08T10:00:00Z
    """

    bandwidth: float | None | Unset = UNSET
    """带宽，单位: Mbps。
    Example: 0.1
    """

    flux: float | None | Unset = UNSET
    """流量，单位: MB。
    Example: 0.1
    """

    request: int | None | Unset = UNSET
    """新增请求数。
    Example: 1
    """

    online: int | None | Unset = UNSET
    """并发连接数。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String", format="date-time"),
        Field("Bandwidth", "bandwidth", "Float"),
        Field("Flux", "flux", "Float"),
        Field("Request", "request", "Integer"),
        Field("Online", "online", "Integer"),
    )
