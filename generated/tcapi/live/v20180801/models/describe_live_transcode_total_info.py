"""Request and response of DescribeLiveTranscodeTotalInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTranscodeTotalInfoRequest", "DescribeLiveTranscodeTotalInfoResponse"]


@dataclass(kw_only=True)
class DescribeLiveTranscodeTotalInfoRequest(Request["DescribeLiveTranscodeTotalInfoResponse"]):
    """Request of DescribeLiveTranscodeTotalInfo.

    查询转码总量数据，可查询近三个月内的数据。
    """

    start_time: str
    """开始时间，支持最近三个月的数据查询，起始时间和结束时间跨度不能超过三个月。接口查询支持两种时间格
    式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2019-03-01 00:00:00
    """

    end_time: str
    """结束时间，支持最近三个月的数据查询，起始时间和结束时间跨度不能超过三个月。接口查询支持两种时间格
    式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2019-03-01 12:00:00
    """

    push_domains: list[str] | Unset = UNSET
    """推流域名列表，若不填，表示查询所有域名总体数据。
    指定域名时返回1小时粒度数据。
    Example: ["test.com"]
    """

    mainland_or_oversea: str | Unset = UNSET
    """可选值：
    Mainland：查询中国大陆（境内）数据，
    Oversea：则查询国际/港澳台（境外）数据，
    默认：查询全球地区（境内+境外）的数据。
    Example: Mainland
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("PushDomains", "push_domains", "String", array=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
    )

    _action: ClassVar[str] = "DescribeLiveTranscodeTotalInfo"
    _response: ClassVar[str] = ".describe_live_transcode_total_info:DescribeLiveTranscodeTotalInfoResponse"


@dataclass(kw_only=True)
class DescribeLiveTranscodeTotalInfoResponse(Response):
    """Response of DescribeLiveTranscodeTotalInfo."""

    data_info_list: list[structures.TranscodeTotalInfo] | None | Unset = UNSET
    """统计数据列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.transcode_total_info:TranscodeTotalInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
