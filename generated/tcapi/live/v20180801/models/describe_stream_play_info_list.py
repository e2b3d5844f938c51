"""Request and response of DescribeStreamPlayInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeStreamPlayInfoListRequest", "DescribeStreamPlayInfoListResponse"]


@dataclass(kw_only=True)
class DescribeStreamPlayInfoListRequest(Request["DescribeStreamPlayInfoListResponse"]):
    """Request of DescribeStreamPlayInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）yyyy-MM-dd HH:mm:ss：使用此格式时，默认代表北京时间。
    开始时间和结束时间的格式需要保持一致。
    Example: 2019-03-01T00:00:00+08:00
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）yyyy-MM-dd HH:mm:ss：使用此格式时，默认代表北京时间。
    开始时间和结束时间的格式需要保持一致。结束时间和开始时间跨度不支持超过24小时，支持距当前时间一个月内的数据查
    询。
    Example: 2019-03-01T00:00:00+08:00
    """

    play_domain: str | Unset = UNSET
    """播放域名，
    若不填，则为查询所有播放域名的在线流数据。
    Example: 5000.playdomain.com
    """

    stream_name: str | Unset = UNSET
    """流名称，精确匹配。
    若不填，则为查询总体播放数据。
    Example: stream1
    """

    app_name: str | Unset = UNSET
    """推流路径，与播放地址中的AppName保持一致，会精确匹配，在同时传递了StreamName时生效。
    若不填，则为查询总体播放数据。
    Example: live
    """

    service_name: str | Unset = UNSET
    """服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。
    Example: LVB
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("PlayDomain", "play_domain", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("ServiceName", "service_name", "String"),
    )

    _action: ClassVar[str] = "DescribeStreamPlayInfoList"
    _response: ClassVar[str] = ".describe_stream_play_info_list:DescribeStreamPlayInfoListResponse"


@dataclass(kw_only=True)
class DescribeStreamPlayInfoListResponse(Response):
    """Response of DescribeStreamPlayInfoList."""

    data_info_list: list[structures.DayStreamPlayInfo] | None | Unset = UNSET
    """统计信息列表，时间粒度是1分钟。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.day_stream_play_info:DayStreamPlayInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
