"""The PlaySumStatInfo structure (live 2018-08-01), used by DescribeVisitTopSumInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PlaySumStatInfo"]


@dataclass(kw_only=True)
class PlaySumStatInfo(Model):
    """播放汇总统计信息。"""

    name: str | None | Unset = UNSET
    """域名或流 ID。
    Example: CSZFMPP360
    """

    avg_flux_per_second: float | None | Unset = UNSET
    """平均下载速度，
    单位: MB/s。
    计算公式: 每分钟的下载速度求平均值。
    Example: 4.773
    """

    total_flux: float | None | Unset = UNSET
    """总流量，单位: MB。
    Example: 69023.772
    """

    total_request: int | None | Unset = UNSET
    """总请求数。
    Example: 36590
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Name", "name", "String"),
        Field("AvgFluxPerSecond", "avg_flux_per_second", "Float"),
        Field("TotalFlux", "total_flux", "Float"),
        Field("TotalRequest", "total_request", "Integer"),
    )
