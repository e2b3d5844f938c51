"""Request and response of DescribeDeliverBandwidthList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeDeliverBandwidthListRequest", "DescribeDeliverBandwidthListResponse"]


@dataclass(kw_only=True)
class DescribeDeliverBandwidthListRequest(Request["DescribeDeliverBandwidthListResponse"]):
    """Request of DescribeDeliverBandwidthList.

    查询直播转推计费带宽，查询时间范围最大支持3个月内的数据，时间跨度最长31天。
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2020-01-07 21:10:00
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    支持最近三个月的数据查询，时间跨度最大是1个月。
    Example: 2020-01-07 21:15:00
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
    )

    _action: ClassVar[str] = "DescribeDeliverBandwidthList"
    _response: ClassVar[str] = ".describe_deliver_bandwidth_list:DescribeDeliverBandwidthListResponse"


@dataclass(kw_only=True)
class DescribeDeliverBandwidthListResponse(Response):
    """Response of DescribeDeliverBandwidthList."""

    data_info_list: list[structures.BandwidthInfo] | None | Unset = UNSET
    """转推计费带宽数据"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.bandwidth_info:BandwidthInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
