"""Request and response of DescribeStreamPushInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeStreamPushInfoListRequest", "DescribeStreamPushInfoListResponse"]


@dataclass(kw_only=True)
class DescribeStreamPushInfoListRequest(Request["DescribeStreamPushInfoListResponse"]):
    """Request of DescribeStreamPushInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    stream_name: str
    """流名称。
    Example: stream1
    """

    start_time: str
    """起始时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-06-21T12:00:00+08:00
    """

    end_time: str
    """结束时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    支持查询最近7天数据，建议查询时间跨度在3小时之内。
    Example: 2019-06-21T12:01:02+08:00
    """

    push_domain: str | Unset = UNSET
    """推流域名。
    Example: 5000.livepush.com
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String", required=True),
        Field("StartTime", "start_time", "String", required=True, format="date-time"),
        Field("EndTime", "end_time", "String", required=True, format="date-time"),
        Field("PushDomain", "push_domain", "String"),
        Field("AppName", "app_name", "String"),
    )

    _action: ClassVar[str] = "DescribeStreamPushInfoList"
    _response: ClassVar[str] = ".describe_stream_push_info_list:DescribeStreamPushInfoListResponse"


@dataclass(kw_only=True)
class DescribeStreamPushInfoListResponse(Response):
    """Response of DescribeStreamPushInfoList."""

    data_info_list: list[structures.PushQualityData] | None | Unset = UNSET
    """返回的数据列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.push_quality_data:PushQualityData", array=True),
        Field("RequestId", "request_id", "String"),
    )
