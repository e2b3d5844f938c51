"""The ProIspPlaySumInfo structure (live 2018-08-01), used by DescribeProIspPlaySumInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["ProIspPlaySumInfo"]


@dataclass(kw_only=True)
class ProIspPlaySumInfo(Model):
    """获取省份/运营商的播放信息。"""

    name: str | None | Unset = UNSET
    """省份/运营商/国家或地区。
    Example: 山东省
    """

    total_flux: float | None | Unset = UNSET
    """总流量，单位: MB。
    Example: 50.0
    """

    total_request: int | None | Unset = UNSET
    """总请求数。
    Example: 50
    """

    avg_flux_per_second: float | None | Unset = UNSET
    """平均下载流量，单位: MB/s。
    Example: 10.1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Name", "name", "String"),
        Field("TotalFlux", "total_flux", "Float"),
        Field("TotalRequest", "total_request", "Integer"),
        Field("AvgFluxPerSecond", "avg_flux_per_second", "Float"),
    )
