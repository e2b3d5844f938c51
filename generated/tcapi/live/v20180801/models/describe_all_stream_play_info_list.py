"""Request and response of DescribeAllStreamPlayInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeAllStreamPlayInfoListRequest", "DescribeAllStreamPlayInfoListResponse"]


@dataclass(kw_only=True)
class DescribeAllStreamPlayInfoListRequest(Request["DescribeAllStreamPlayInfoListResponse"]):
    """Request of DescribeAllStreamPlayInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    query_time: str
    """查询时间点，精确到分钟粒度，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明。
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    支持最近1个月的数据查询，数据延迟为5分钟左右，如果要查询实时的数据，建议传递5分钟前的整点时间点。
    Example: 2019-12-12 10:00:00
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名列表，若不填，表示总体数据。
    Example: ["5000.playdomain.com"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("QueryTime", "query_time", "String", required=True),
        Field("PlayDomains", "play_domains", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeAllStreamPlayInfoList"
    _response: ClassVar[str] = ".describe_all_stream_play_info_list:DescribeAllStreamPlayInfoListResponse"


@dataclass(kw_only=True)
class DescribeAllStreamPlayInfoListResponse(Response):
    """Response of DescribeAllStreamPlayInfoList."""

    query_time: str | None | Unset = UNSET
    """查询时间点，回传的输入参数中的查询时间。
    Example: 2019-12-12 10:00:00
    """

    data_info_list: list[structures.MonitorStreamPlayInfo] | None | Unset = UNSET
    """数据信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("QueryTime", "query_time", "String"),
        Field(
            "DataInfoList", "data_info_list", "..structures.monitor_stream_play_info:MonitorStreamPlayInfo", array=True
        ),
        Field("RequestId", "request_id", "String"),
    )
