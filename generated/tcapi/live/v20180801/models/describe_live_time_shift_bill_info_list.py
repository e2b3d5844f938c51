"""Request and response of DescribeLiveTimeShiftBillInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTimeShiftBillInfoListRequest", "DescribeLiveTimeShiftBillInfoListResponse"]


@dataclass(kw_only=True)
class DescribeLiveTimeShiftBillInfoListRequest(Request["DescribeLiveTimeShiftBillInfoListResponse"]):
    """Request of DescribeLiveTimeShiftBillInfoList.

    提供给客户对账，按天统计，维度：推流域名、时移文件时长（累加）、配置天数（不累加）、时移总时长（累加）。
    """

    start_time: str
    """UTC开始时间，支持最近三个月的查询，查询时间最长跨度为一天。使用 UTC 格式时间，例如：2019-01-
    08T10:00:00Z。注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说
    明。
    Example: 2006-01-02T15:04:05+08:00
    """

    end_time: str
    """UTC结束时间，支持最近三个月的查询，查询时间最长跨度为一天。使用 UTC 格式时间，例如：2019-01-
    08T10:00:00Z。注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说
    明。
    Example: 2006-01-02T15:04:05+08:00
    """

    push_domains: list[str] | Unset = UNSET
    """推流域名列表，若不传递此参数，则表示查询总体数据。
    Example: ["5000.pushdomain.com"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="date-time"),
        Field("EndTime", "end_time", "String", required=True, format="date-time"),
        Field("PushDomains", "push_domains", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeLiveTimeShiftBillInfoList"
    _response: ClassVar[str] = ".describe_live_time_shift_bill_info_list:DescribeLiveTimeShiftBillInfoListResponse"


@dataclass(kw_only=True)
class DescribeLiveTimeShiftBillInfoListResponse(Response):
    """Response of DescribeLiveTimeShiftBillInfoList."""

    data_info_list: list[structures.TimeShiftBillData] | None | Unset = UNSET
    """时移计费明细数据。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.time_shift_bill_data:TimeShiftBillData", array=True),
        Field("RequestId", "request_id", "String"),
    )
