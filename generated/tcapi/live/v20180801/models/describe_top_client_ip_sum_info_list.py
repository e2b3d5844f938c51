"""Request and response of DescribeTopClientIpSumInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeTopClientIpSumInfoListRequest", "DescribeTopClientIpSumInfoListResponse"]


@dataclass(kw_only=True)
class DescribeTopClientIpSumInfoListRequest(Request["DescribeTopClientIpSumInfoListResponse"]):
    """Request of DescribeTopClientIpSumInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-03-01T00:00:00+08:00
    """

    end_time: str
    """结束时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    时间跨度在[0,4小时]，支持最近1天数据查询。
    Example: 2019-03-01T04:00:00+08:00
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名，默认为不填，表示求总体数据。
    Example: ["live.com"]
    """

    page_num: int | Unset = UNSET
    """页号，范围是[1,1000]，默认值是1。
    Example: 2
    """

    page_size: int | Unset = UNSET
    """每页个数，范围是[1,1000]，默认值是20。
    Example: 2
    """

    order_param: str | Unset = UNSET
    """排序指标，可选值包括TotalRequest（默认值），FailedRequest,TotalFlux。
    Example: TotalFlux
    """

    mainland_or_oversea: str | Unset = UNSET
    """地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
    果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
    查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
    Example: Mainland
    """

    out_language: str | Unset = UNSET
    """输出字段使用的语言，可选值：Chinese（默认值），English；目前国家，省份和运营商支持多语言。
    Example: Chinese
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="date-time"),
        Field("EndTime", "end_time", "String", required=True, format="date-time"),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=1000),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=1000),
        Field("OrderParam", "order_param", "String"),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("OutLanguage", "out_language", "String"),
    )

    _action: ClassVar[str] = "DescribeTopClientIpSumInfoList"
    _response: ClassVar[str] = ".describe_top_client_ip_sum_info_list:DescribeTopClientIpSumInfoListResponse"


@dataclass(kw_only=True)
class DescribeTopClientIpSumInfoListResponse(Response):
    """Response of DescribeTopClientIpSumInfoList."""

    page_num: int | None | Unset = UNSET
    """页号，范围是[1,1000]，默认值是1。
    Example: 2
    """

    page_size: int | None | Unset = UNSET
    """每页个数，范围是[1,1000]，默认值是20。
    Example: 2
    """

    order_param: str | None | Unset = UNSET
    """排序指标，可选值包括”TotalRequest”，”FailedRequest”,“TotalFlux”。
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

    data_info_list: list[structures.ClientIpPlaySumInfo] | None | Unset = UNSET
    """数据内容。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=1000),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=1000),
        Field("OrderParam", "order_param", "String"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("DataInfoList", "data_info_list", "..structures.client_ip_play_sum_info:ClientIpPlaySumInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
