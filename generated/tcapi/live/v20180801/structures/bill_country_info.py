"""The BillCountryInfo structure (live 2018-08-01), used by BillAreaInfo, DescribeAreaBillBandwidthAndFluxList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["BillCountryInfo"]


@dataclass(kw_only=True)
class BillCountryInfo(Model):
    """海外分区直播带宽出参国家带宽信息"""

    name: str | None | Unset = UNSET
    """国家名称
    Example: 阿联酋
    """

    band_info_list: list[structures.BillDataInfo] | None | Unset = UNSET
    """带宽明细数据信息。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Name", "name", "String"),
        Field("BandInfoList", "band_info_list", "..structures.bill_data_info:BillDataInfo", array=True),
    )
