"""Request and response of DescribeStreamDayPlayInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeStreamDayPlayInfoListRequest", "DescribeStreamDayPlayInfoListResponse"]


@dataclass(kw_only=True)
class DescribeStreamDayPlayInfoListRequest(Request["DescribeStreamDayPlayInfoListResponse"]):
    """Request of DescribeStreamDayPlayInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    day_time: str
    """日期，格式：YYYY-mm-dd。
    第二天凌晨3点出昨天的数据，建议在这个时间点之后查询最新数据。支持最近3个月的数据查询。
    Example: 2019-02-21
    """

    play_domain: str | Unset = UNSET
    """播放域名。
    Example: 5000.livepush.com
    """

    page_num: int | Unset = UNSET
    """页号，范围[1,1000]，默认值是1。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """每页个数，范围[100,1000]，默认值是1000。
    Example: 1000
    """

    mainland_or_oversea: str | Unset = UNSET
    """可选值：
    Mainland：查询国内数据，
    Oversea：则查询国外数据，
    默认：查询国内+国外的数据。
    Example: Mainland
    """

    service_name: str | Unset = UNSET
    """服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。
    Example: LVB
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DayTime", "day_time", "String", required=True),
        Field("PlayDomain", "play_domain", "String"),
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=1000),
        Field("PageSize", "page_size", "Integer", minimum=100, maximum=1000),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("ServiceName", "service_name", "String"),
    )

    _action: ClassVar[str] = "DescribeStreamDayPlayInfoList"
    _response: ClassVar[str] = ".describe_stream_day_play_info_list:DescribeStreamDayPlayInfoListResponse"


@dataclass(kw_only=True)
class DescribeStreamDayPlayInfoListResponse(Response):
    """Response of DescribeStreamDayPlayInfoList."""

    data_info_list: list[structures.PlayDataInfoByStream] | None | Unset = UNSET
    """播放数据信息列表。"""

    total_num: int | None | Unset = UNSET
    """总数量。
    Example: 100
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 1
    """

    page_num: int | None | Unset = UNSET
    """当前数据所处页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页个数。
    Example: 1000
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "DataInfoList", "data_info_list", "..structures.play_data_info_by_stream:PlayDataInfoByStream", array=True
        ),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
