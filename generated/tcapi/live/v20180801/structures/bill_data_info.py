"""The BillDataInfo structure (live 2018-08-01), used by BillCountryInfo, DescribeAreaBillBandwidthAndFluxList, DescribeBillBandwidthAndFluxList, DescribePushBandwidthAndFluxList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["BillDataInfo"]


@dataclass(kw_only=True)
class BillDataInfo(Model):
    """带宽和流量信息。"""

    time: str | None | Unset = UNSET
    """时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2022-11-14T16:40:00+08:00
    """

    bandwidth: float | None | Unset = UNSET
    """带宽，单位是 Mbps。
    Example: 0.1
    """

    flux: float | None | Unset = UNSET
    """流量，单位是 MB。
    Example: 0.1
    """

    peak_time: str | None | Unset = UNSET
    """峰值时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    原始数据为5分钟粒度，如果查询小时和天粒度数据，则返回对应粒度内的带宽峰值时间点。
    Example: 2022-11-14T16:40:00+08:00
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("Bandwidth", "bandwidth", "Float"),
        Field("Flux", "flux", "Float"),
        Field("PeakTime", "peak_time", "String"),
    )
