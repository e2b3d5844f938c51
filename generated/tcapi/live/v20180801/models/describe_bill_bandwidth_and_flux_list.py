"""Request and response of DescribeBillBandwidthAndFluxList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeBillBandwidthAndFluxListRequest", "DescribeBillBandwidthAndFluxListResponse"]


@dataclass(kw_only=True)
class DescribeBillBandwidthAndFluxListRequest(Request["DescribeBillBandwidthAndFluxListResponse"]):
    """Request of DescribeBillBandwidthAndFluxList.

    直播播放带宽和流量数据查询。
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2019-02-01T00:00:00+08:00
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    起始和结束时间跨度不支持超过31天。支持最近3年的数据查询
    Example: 2019-02-01T00:10:00+08:00
    """

    play_domains: list[str] | Unset = UNSET
    """直播播放域名，若不填，表示总体数据。
    Example: ["5000.playdomain.com\\n"]
    """

    mainland_or_oversea: str | Unset = UNSET
    """可选值：
    Mainland：查询国内数据，
    Oversea：则查询国外数据，
    默认：查询国内+国外的数据。
    注：LEB（快直播）只支持国内+国外数据查询。
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

    service_name: str | Unset = UNSET
    """服务名称，可选值包括LVB(标准直播)，LEB(快直播)，不填则查LVB+LEB总值。
    Example: LEB
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

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("PlayDomains", "play_domains", "String", array=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("Granularity", "granularity", "Integer", enum=(5, 60, 1440)),
        Field("ServiceName", "service_name", "String"),
        Field("RegionNames", "region_names", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeBillBandwidthAndFluxList"
    _response: ClassVar[str] = ".describe_bill_bandwidth_and_flux_list:DescribeBillBandwidthAndFluxListResponse"


@dataclass(kw_only=True)
class DescribeBillBandwidthAndFluxListResponse(Response):
    """Response of DescribeBillBandwidthAndFluxList."""

    peak_bandwidth_time: str | None | Unset = UNSET
    """峰值带宽所在时间点，接口返回支持两种时间格式(与接口请求传递的时间格式一致)：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2019-02-01T00:00:00+08:00
    """

    peak_bandwidth: float | None | Unset = UNSET
    """峰值带宽，单位是Mbps。
    Example: 117042.495
    """

    p95_peak_bandwidth_time: str | None | Unset = UNSET
    """95峰值带宽所在时间点，接口返回支持两种时间格式(与接口请求传递的时间格式一致)：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2019-02-01T00:00:00+08:00
    """

    p95_peak_bandwidth: float | None | Unset = UNSET
    """95峰值带宽，单位是Mbps。
    Example: 117042.495
    """

    sum_flux: float | None | Unset = UNSET
    """总流量，单位是MB。
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
