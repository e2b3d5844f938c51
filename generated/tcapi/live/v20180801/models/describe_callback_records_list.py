"""Request and response of DescribeCallbackRecordsList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCallbackRecordsListRequest", "DescribeCallbackRecordsListResponse"]


@dataclass(kw_only=True)
class DescribeCallbackRecordsListRequest(Request["DescribeCallbackRecordsListResponse"]):
    """Request of DescribeCallbackRecordsList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2020-10-12T00:00:00+08:00
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    查询的起始和结束时间跨度不支持超过1天。仅支持查询最近14天的数据。
    Example: 2020-10-12T00:00:00+08:00
    """

    stream_name: str
    """流名称，精确匹配。
    Example: stream1
    """

    page_num: int
    """页码。
    Example: 1
    """

    page_size: int
    """每页条数。
    Example: 10
    """

    event_type: Literal[0, 1, 100, 200] | Unset = UNSET
    """事件类型。
    0: "断流",
    1: "推流",
    100: "录制"
    200: "截图回调"。
    Example: 1
    """

    result_code: int | Unset = UNSET
    """回调结果。
    0为成功，其他为失败。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("PageNum", "page_num", "Integer", required=True),
        Field("PageSize", "page_size", "Integer", required=True),
        Field("EventType", "event_type", "Integer", enum=(0, 1, 100, 200)),
        Field("ResultCode", "result_code", "Integer"),
    )

    _action: ClassVar[str] = "DescribeCallbackRecordsList"
    _response: ClassVar[str] = ".describe_callback_records_list:DescribeCallbackRecordsListResponse"


@dataclass(kw_only=True)
class DescribeCallbackRecordsListResponse(Response):
    """Response of DescribeCallbackRecordsList."""

    data_info_list: list[structures.CallbackEventInfo] | None | Unset = UNSET
    """回调事件列表。"""

    page_num: int | None | Unset = UNSET
    """页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页条数。
    Example: 10
    """

    total_num: int | None | Unset = UNSET
    """总条数。
    Example: 11
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 2
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.callback_event_info:CallbackEventInfo", array=True),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
