"""Request and response of DescribeProvinceIspPlayInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeProvinceIspPlayInfoListRequest", "DescribeProvinceIspPlayInfoListResponse"]


@dataclass(kw_only=True)
class DescribeProvinceIspPlayInfoListRequest(Request["DescribeProvinceIspPlayInfoListResponse"]):
    """Request of DescribeProvinceIspPlayInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    start_time: str
    """起始时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-02-01 00:00:00
    """

    end_time: str
    """结束时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    注：EndTime 和 StartTime 只支持最近1天的数据查询。
    Example: 2019-02-02 00:00:00
    """

    granularity: int
    """支持如下粒度：
    1：1分钟粒度（跨度不支持超过1天）
    Example: 1
    """

    stat_type: Literal["Bandwidth", "FluxPerSecond", "Flux", "Request", "Online"]
    """统计指标类型：
    “Bandwidth”：带宽
    “FluxPerSecond”：平均流量
    “Flux”：流量
    “Request”：请求数
    “Online”：并发连接数
    Example: Bandwidth
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名列表。
    Example: ["5000.playdomain.com\\n"]
    """

    province_names: list[str] | Unset = UNSET
    """要查询的省份（地区）英文名称列表，如 Beijing。
    Example: ["Beijing"]
    """

    isp_names: list[str] | Unset = UNSET
    """要查询的运营商英文名称列表，如 China Mobile ，如果为空，查询所有运营商的数据。
    Example: ["China Mobile"]
    """

    mainland_or_oversea: str | Unset = UNSET
    """地域，可选值：Mainland，Oversea，China，Foreign，Global（默认值）；如果为空，查询总的数据；如
    果为“Mainland”，查询中国大陆的数据；如果为“Oversea”，则查询中国大陆以外的数据；如果为China，
    查询中国的数据（包括港澳台）；如果为Foreign，查询国外的数据（不包括港澳台）。
    Example: Mainland
    """

    ip_type: str | Unset = UNSET
    """ip类型：
    “Ipv6”：Ipv6数据
    如果为空，查询总的数据；
    Example: Ipv6
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("Granularity", "granularity", "Integer", required=True),
        Field(
            "StatType",
            "stat_type",
            "String",
            required=True,
            enum=("Bandwidth", "FluxPerSecond", "Flux", "Request", "Online"),
        ),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("ProvinceNames", "province_names", "String", array=True),
        Field("IspNames", "isp_names", "String", array=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("IpType", "ip_type", "String"),
    )

    _action: ClassVar[str] = "DescribeProvinceIspPlayInfoList"
    _response: ClassVar[str] = ".describe_province_isp_play_info_list:DescribeProvinceIspPlayInfoListResponse"


@dataclass(kw_only=True)
class DescribeProvinceIspPlayInfoListResponse(Response):
    """Response of DescribeProvinceIspPlayInfoList."""

    data_info_list: list[structures.PlayStatInfo] | None | Unset = UNSET
    """播放信息列表。"""

    stat_type: str | None | Unset = UNSET
    """统计的类型，和输入参数保持一致。
    Example: Bandwidth
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.play_stat_info:PlayStatInfo", array=True),
        Field("StatType", "stat_type", "String"),
        Field("RequestId", "request_id", "String"),
    )
