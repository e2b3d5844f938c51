"""Request and response of DescribeHttpStatusInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeHttpStatusInfoListRequest", "DescribeHttpStatusInfoListResponse"]


@dataclass(kw_only=True)
class DescribeHttpStatusInfoListRequest(Request["DescribeHttpStatusInfoListResponse"]):
    """Request of DescribeHttpStatusInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-03-01T00:00:00+08:00
    """

    end_time: str
    """结束时间，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-03-01T00:00:00+08:00
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名列表。
    Example: ["5000.liveplay.com\\n"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="date-time"),
        Field("EndTime", "end_time", "String", required=True, format="date-time"),
        Field("PlayDomains", "play_domains", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeHttpStatusInfoList"
    _response: ClassVar[str] = ".describe_http_status_info_list:DescribeHttpStatusInfoListResponse"


@dataclass(kw_only=True)
class DescribeHttpStatusInfoListResponse(Response):
    """Response of DescribeHttpStatusInfoList."""

    data_info_list: list[structures.HttpStatusData] | None | Unset = UNSET
    """播放状态码列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.http_status_data:HttpStatusData", array=True),
        Field("RequestId", "request_id", "String"),
    )
