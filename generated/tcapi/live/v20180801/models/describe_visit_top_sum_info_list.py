"""Request and response of DescribeVisitTopSumInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeVisitTopSumInfoListRequest", "DescribeVisitTopSumInfoListResponse"]


@dataclass(kw_only=True)
class DescribeVisitTopSumInfoListRequest(Request["DescribeVisitTopSumInfoListResponse"]):
    """Request of DescribeVisitTopSumInfoList.

    查询某时间段top n的域名或流id信息（暂支持top 1000）。
    """

    start_time: str
    """起始时间点，格式为yyyy-mm-dd HH:MM:SS。
    Example: 2019-03-01 00:00:00
    """

    end_time: str
    """结束时间点，格式为yyyy-mm-dd HH:MM:SS
    时间跨度在(0,4小时]，支持最近1天数据查询。
    Example: 2019-03-01 04:00:00
    """

    top_index: str
    """峰值指标，可选值包括”Domain”，”StreamId”。
    Example: StreamId
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名，默认为不填，表示求总体数据。
    Example: ["live.com"]
    """

    page_num: int | Unset = UNSET
    """页号，
    范围是[1,1000]，
    默认值是1。
    Example: 2
    """

    page_size: int | Unset = UNSET
    """每页个数，范围是[1,1000]，
    默认值是20。
    Example: 2
    """

    order_param: str | Unset = UNSET
    """排序指标，可选值包括” AvgFluxPerSecond”，”TotalRequest”（默认）,“TotalFlux”。
    Example: TotalFlux
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="yyyy-mm-dd hh:mm:ss"),
        Field("EndTime", "end_time", "String", required=True, format="yyyy-mm-dd hh:mm:ss"),
        Field("TopIndex", "top_index", "String", required=True),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=1000),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=1000),
        Field("OrderParam", "order_param", "String"),
    )

    _action: ClassVar[str] = "DescribeVisitTopSumInfoList"
    _response: ClassVar[str] = ".describe_visit_top_sum_info_list:DescribeVisitTopSumInfoListResponse"


@dataclass(kw_only=True)
class DescribeVisitTopSumInfoListResponse(Response):
    """Response of DescribeVisitTopSumInfoList."""

    page_num: int | None | Unset = UNSET
    """页号，
    范围是[1,1000]，
    默认值是1。
    Example: 2
    """

    page_size: int | None | Unset = UNSET
    """每页个数，范围是[1,1000]，
    默认值是20。
    Example: 2
    """

    top_index: str | None | Unset = UNSET
    """峰值指标，可选值包括”Domain”，”StreamId”。
    Example: StreamId
    """

    order_param: str | None | Unset = UNSET
    """排序指标，可选值包括” AvgFluxPerSecond”(按每秒平均流量排序)，”TotalRequest”（默认，按总请求数
    排序）,“TotalFlux”（按总流量排序）。
    Example: TotalFlux
    """

    total_num: int | None | Unset = UNSET
    """记录总数。
    Example: 1000
    """

    total_page: int | None | Unset = UNSET
    """记录总页数。
    Example: 500
    """

    data_info_list: list[structures.PlaySumStatInfo] | None | Unset = UNSET
    """数据内容。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=1000),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=1000),
        Field("TopIndex", "top_index", "String"),
        Field("OrderParam", "order_param", "String"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("DataInfoList", "data_info_list", "..structures.play_sum_stat_info:PlaySumStatInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
