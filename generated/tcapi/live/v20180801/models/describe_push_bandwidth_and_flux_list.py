"""Request and response of DescribePushBandwidthAndFluxList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribePushBandwidthAndFluxListRequest", "DescribePushBandwidthAndFluxListResponse"]


@dataclass(kw_only=True)
class DescribePushBandwidthAndFluxListRequest(Request["DescribePushBandwidthAndFluxListResponse"]):
    """Request of DescribePushBandwidthAndFluxList.

    直播推流带宽和流量数据查询。
    """

    start_time: str
    """查询开始时间点，精确到分钟粒度，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明。
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    支持最近两个月的查询，查询开始和结束时间跨度不支持超过31天。
    Example: 2019-02-01 00:00:00
    """

    end_time: str
    """查询结束时间点，精确到分钟粒度，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见 ISO 日期格式说明。
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    支持最近两个月的查询，查询开始和结束时间跨度不支持超过31天。
    Example: 2019-02-02 00:00:00
    """

    push_domains: list[str] | Unset = UNSET
    """域名，可以填多个，若不填，表示总体数据。
    Example: ["5000.pushdomain.com"]
    """

    mainland_or_oversea: str | Unset = UNSET
    """可选值：
    Mainland：查询中国大陆（境内）数据，
    Oversea：则查询国际/港澳台（境外）数据，
    不填则默认查询全球地区（境内+境外）的数据。
    Example: Mainland
    """

    granularity: Literal[5, 60, 1440] | Unset = UNSET
    """数据粒度，支持如下粒度：
    5：5分钟粒度，（跨度不支持超过1天），
    60：1小时粒度（跨度不支持超过一个月），
    1440：天粒度（跨度不支持超过一个月）。
    默认值：5。
    Example: 5
    """

    region_names: list[str] | Unset = UNSET
    """大区，映射表如下：
    China Mainland 中国大陆
    Asia Pacific I 亚太一区
    Asia Pacific II 亚太二区
    Asia Pacific III 亚太三区
    Europe 欧洲
    North America 北美
    South America 南美
    Middle East 中东
    Africa 非洲。
    Example: ["China Mainland"]
    """

    country_names: list[str] | Unset = UNSET
    """国家，映射表参照如下文档：
    https://cloud.tencent.com/document/product/267/34019。
    Example: ["孟买"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("PushDomains", "push_domains", "String", array=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("Granularity", "granularity", "Integer", enum=(5, 60, 1440)),
        Field("RegionNames", "region_names", "String", array=True),
        Field("CountryNames", "country_names", "String", array=True),
    )

    _action: ClassVar[str] = "DescribePushBandwidthAndFluxList"
    _response: ClassVar[str] = ".describe_push_bandwidth_and_flux_list:DescribePushBandwidthAndFluxListResponse"


@dataclass(kw_only=True)
class DescribePushBandwidthAndFluxListResponse(Response):
    """Response of DescribePushBandwidthAndFluxList."""

    peak_bandwidth_time: str | None | Unset = UNSET
    """峰值带宽所在时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-02-01 00:00:00
    """

    peak_bandwidth: float | None | Unset = UNSET
    """峰值带宽，单位是 Mbps。
    Example: 117042.495
    """

    p95_peak_bandwidth_time: str | None | Unset = UNSET
    """95峰值带宽所在时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-02-01 00:00:00
    """

    p95_peak_bandwidth: float | None | Unset = UNSET
    """95峰值带宽，单位是 Mbps。
    Example: 117042.495
    """

    sum_flux: float | None | Unset = UNSET
    """总流量，单位是 MB。
    Example: 12254567.55
    """

    data_info_list: list[structures.BillDataInfo] | None | Unset = UNSET
    """明细数据信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PeakBandwidthTime", "peak_bandwidth_time", "String"),
        Field("PeakBandwidth", "peak_bandwidth", "Float"),
        Field("P95PeakBandwidthTime", "p95_peak_bandwidth_time", "String"),
        Field("P95PeakBandwidth", "p95_peak_bandwidth", "Float"),
        Field("SumFlux", "sum_flux", "Float"),
        Field("DataInfoList", "data_info_list", "..structures.bill_data_info:BillDataInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
