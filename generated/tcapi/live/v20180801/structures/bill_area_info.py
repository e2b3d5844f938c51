"""The BillAreaInfo structure (live 2018-08-01), used by DescribeAreaBillBandwidthAndFluxList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["BillAreaInfo"]


@dataclass(kw_only=True)
class BillAreaInfo(Model):
    """海外分区直播带宽出参，分区信息"""

    name: str | None | Unset = UNSET
    """大区名称。
    Example: 中东/非洲
    """

    countrys: list[structures.BillCountryInfo] | None | Unset = UNSET
    """国家或地区明细数据。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Name", "name", "String"),
        Field("Countrys", "countrys", "..structures.bill_country_info:BillCountryInfo", array=True),
    )
