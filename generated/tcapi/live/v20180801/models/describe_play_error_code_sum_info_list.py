"""Request and response of DescribePlayErrorCodeSumInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribePlayErrorCodeSumInfoListRequest", "DescribePlayErrorCodeSumInfoListResponse"]


@dataclass(kw_only=True)
class DescribePlayErrorCodeSumInfoListRequest(Request["DescribePlayErrorCodeSumInfoListResponse"]):
    """Request of DescribePlayErrorCodeSumInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间点，北京时间。
    格式：yyyy-mm-dd HH:MM:SS。
    Example: 2019-03-01 00:00:00
    """

    end_time: str
    """结束时间点，北京时间。
    格式：yyyy-mm-dd HH:MM:SS。
    注：EndTime 和 StartTime 只支持最近1天的数据查询。
    Example: 2019-03-01 12:00:00
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名列表，不填表示总体数据。
    Example: ["5000.playdomain.com\\n"]
    """

    page_num: int | Unset = UNSET
    """页数，范围[1,1000]，默认值是1。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """每页个数，范围：[1,1000]，默认值是20。
    Example: 100
    """

    mainland_or_oversea: str | Unset = UNSET
    """地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
    果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
    查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
    Example: Mainland
    """

    group_type: str | Unset = UNSET
    """分组参数，可选值：CountryProIsp（默认值），Country（国家），默认是按照国家+省份+运营商来进行分
    组；目前国外的省份和运营商暂时无法识别。
    Example: CountryProIsp
    """

    out_language: str | Unset = UNSET
    """输出字段使用的语言，可选值：Chinese（默认值），English，目前国家，省份和运营商支持多语言。
    Example: Chinese
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="yyyy-mm-dd hh:mm:ss"),
        Field("EndTime", "end_time", "String", required=True, format="yyyy-mm-dd hh:mm:ss"),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=1000),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=1000),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("GroupType", "group_type", "String"),
        Field("OutLanguage", "out_language", "String"),
    )

    _action: ClassVar[str] = "DescribePlayErrorCodeSumInfoList"
    _response: ClassVar[str] = ".describe_play_error_code_sum_info_list:DescribePlayErrorCodeSumInfoListResponse"


@dataclass(kw_only=True)
class DescribePlayErrorCodeSumInfoListResponse(Response):
    """Response of DescribePlayErrorCodeSumInfoList."""

    pro_isp_info_list: list[structures.ProIspPlayCodeDataInfo] | None | Unset = UNSET
    """分省份分运营商错误码为2或3或4或5开头的状态码数据信息。"""

    total_code_all: int | None | Unset = UNSET
    """所有状态码的加和的次数。
    Example: 100
    """

    total_code4xx: int | None | Unset = UNSET
    """状态码为4开头的总次数。
    Example: 10
    """

    total_code5xx: int | None | Unset = UNSET
    """状态码为5开头的总次数。
    Example: 29
    """

    total_code_list: list[structures.PlayCodeTotalInfo] | None | Unset = UNSET
    """各状态码的总次数。"""

    page_num: int | None | Unset = UNSET
    """页号。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页大小。
    Example: 10
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 10
    """

    total_num: int | None | Unset = UNSET
    """总记录数。
    Example: 100
    """

    total_code2xx: int | None | Unset = UNSET
    """状态码为2开头的总次数。
    Example: 11
    """

    total_code3xx: int | None | Unset = UNSET
    """状态码为3开头的总次数。
    Example: 12
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获
    得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "ProIspInfoList",
            "pro_isp_info_list",
            "..structures.pro_isp_play_code_data_info:ProIspPlayCodeDataInfo",
            array=True,
        ),
        Field("TotalCodeAll", "total_code_all", "Integer"),
        Field("TotalCode4xx", "total_code4xx", "Integer"),
        Field("TotalCode5xx", "total_code5xx", "Integer"),
        Field("TotalCodeList", "total_code_list", "..structures.play_code_total_info:PlayCodeTotalInfo", array=True),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalCode2xx", "total_code2xx", "Integer"),
        Field("TotalCode3xx", "total_code3xx", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
