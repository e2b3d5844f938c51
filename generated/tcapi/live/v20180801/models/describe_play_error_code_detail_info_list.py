"""Request and response of DescribePlayErrorCodeDetailInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribePlayErrorCodeDetailInfoListRequest", "DescribePlayErrorCodeDetailInfoListResponse"]


@dataclass(kw_only=True)
class DescribePlayErrorCodeDetailInfoListRequest(Request["DescribePlayErrorCodeDetailInfoListResponse"]):
    """Request of DescribePlayErrorCodeDetailInfoList.

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
    Example: 2019-03-01 00:01:00
    """

    granularity: int
    """查询粒度：
    1-1分钟粒度。
    Example: 1
    """

    stat_type: str
    """是，可选值包括”4xx”,”5xx”，支持”4xx,5xx”等这种混合模式。
    Example: 4xx
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名列表。
    Example: ["5000.playdomain.com\\n"]
    """

    mainland_or_oversea: str | Unset = UNSET
    """地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
    果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
    查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
    Example: Mainland
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("Granularity", "granularity", "Integer", required=True),
        Field("StatType", "stat_type", "String", required=True),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
    )

    _action: ClassVar[str] = "DescribePlayErrorCodeDetailInfoList"
    _response: ClassVar[str] = ".describe_play_error_code_detail_info_list:DescribePlayErrorCodeDetailInfoListResponse"


@dataclass(kw_only=True)
class DescribePlayErrorCodeDetailInfoListResponse(Response):
    """Response of DescribePlayErrorCodeDetailInfoList."""

    http_code_list: list[structures.HttpCodeInfo] | None | Unset = UNSET
    """统计信息列表。"""

    stat_type: str | None | Unset = UNSET
    """统计类型。
    Example: 4xx
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("HttpCodeList", "http_code_list", "..structures.http_code_info:HttpCodeInfo", array=True),
        Field("StatType", "stat_type", "String"),
        Field("RequestId", "request_id", "String"),
    )
