"""The GroupProIspDataInfo structure (live 2018-08-01), used by DescribeGroupProIspPlayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["GroupProIspDataInfo"]


@dataclass(kw_only=True)
class GroupProIspDataInfo(Model):
    """某省份某运营商在某段时间内的带宽，流量，请求数和并发数"""

    province_name: str | None | Unset = UNSET
    """省份。
    Example: 广东省
    """

    isp_name: str | None | Unset = UNSET
    """运营商。
    Example: 联通
    """

    detail_info_list: list[structures.CdnPlayStatData] | None | Unset = UNSET
    """分钟维度的明细数据。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ProvinceName", "province_name", "String"),
        Field("IspName", "isp_name", "String"),
        Field("DetailInfoList", "detail_info_list", "..structures.cdn_play_stat_data:CdnPlayStatData", array=True),
    )
