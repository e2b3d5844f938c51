"""Request and response of DescribeProIspPlaySumInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeProIspPlaySumInfoListRequest", "DescribeProIspPlaySumInfoListResponse"]


@dataclass(kw_only=True)
class DescribeProIspPlaySumInfoListRequest(Request["DescribeProIspPlaySumInfoListResponse"]):
    """Request of DescribeProIspPlaySumInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-03-01 00:00:00
    """

    end_time: str
    """结束时间，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    注：EndTime 和 StartTime 只支持最近1天的数据查询。
    Example: 2019-03-01 12:00:00
    """

    stat_type: str
    """统计的类型，可选值：”Province”(省份)，”Isp”(运营商)，“CountryOrArea”(国家或地区)。
    Example: Province
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名列表，不填则为全部。
    Example: ["5000.playdomain.com\\r\\n"]
    """

    page_num: int | Unset = UNSET
    """页号，范围是[1,1000]，默认值是1。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """每页个数，范围是[1,1000]，默认值是20。
    Example: 100
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
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("StatType", "stat_type", "String", required=True),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=1000),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=1000),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("OutLanguage", "out_language", "String"),
    )

    _action: ClassVar[str] = "DescribeProIspPlaySumInfoList"
    _response: ClassVar[str] = ".describe_pro_isp_play_sum_info_list:DescribeProIspPlaySumInfoListResponse"


@dataclass(kw_only=True)
class DescribeProIspPlaySumInfoListResponse(Response):
    """Response of DescribeProIspPlaySumInfoList."""

    total_flux: float | None | Unset = UNSET
    """总流量。
    Example: 100
    """

    total_request: int | None | Unset = UNSET
    """总请求数。
    Example: 100
    """

    stat_type: str | None | Unset = UNSET
    """统计的类型。
    Example: Province
    """

    page_size: int | None | Unset = UNSET
    """每页的记录数。
    Example: 10
    """

    page_num: int | None | Unset = UNSET
    """页号。
    Example: 1
    """

    total_num: int | None | Unset = UNSET
    """总记录数。
    Example: 10
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 2
    """

    data_info_list: list[structures.ProIspPlaySumInfo] | None | Unset = UNSET
    """省份，运营商，国家或地区汇总数据列表。"""

    avg_flux_per_second: float | None | Unset = UNSET
    """下载速度，单位：MB/s，计算方式：总流量/总时长。
    Example: 100
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获
    得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TotalFlux", "total_flux", "Float"),
        Field("TotalRequest", "total_request", "Integer"),
        Field("StatType", "stat_type", "String"),
        Field("PageSize", "page_size", "Integer"),
        Field("PageNum", "page_num", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("DataInfoList", "data_info_list", "..structures.pro_isp_play_sum_info:ProIspPlaySumInfo", array=True),
        Field("AvgFluxPerSecond", "avg_flux_per_second", "Float"),
        Field("RequestId", "request_id", "String"),
    )
