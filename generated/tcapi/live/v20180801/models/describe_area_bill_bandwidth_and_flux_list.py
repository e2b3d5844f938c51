"""Request and response of DescribeAreaBillBandwidthAndFluxList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeAreaBillBandwidthAndFluxListRequest", "DescribeAreaBillBandwidthAndFluxListResponse"]


@dataclass(kw_only=True)
class DescribeAreaBillBandwidthAndFluxListRequest(Request["DescribeAreaBillBandwidthAndFluxListResponse"]):
    """Request of DescribeAreaBillBandwidthAndFluxList.

    海外分区直播播放带宽和流量数据查询。
    """

    start_time: str
    """起始时间点，格式为yyyy-mm-dd HH:MM:SS。
    Example: 2019-02-0100:00:00
    """

    end_time: str
    """结束时间点，格式为yyyy-mm-dd HH:MM:SS，起始和结束时间跨度不支持超过1天。
    Example: 2019-02-0100:10:00
    """

    play_domains: list[str] | Unset = UNSET
    """直播播放域名，若不填，表示总体数据。
    Example: ["5000.playdomain.com\\n"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("PlayDomains", "play_domains", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeAreaBillBandwidthAndFluxList"
    _response: ClassVar[str] = (
        ".describe_area_bill_bandwidth_and_flux_list:DescribeAreaBillBandwidthAndFluxListResponse"
    )


@dataclass(kw_only=True)
class DescribeAreaBillBandwidthAndFluxListResponse(Response):
    """Response of DescribeAreaBillBandwidthAndFluxList."""

    data_info_list: list[structures.BillAreaInfo] | None | Unset = UNSET
    """明细数据信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.bill_area_info:BillAreaInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
