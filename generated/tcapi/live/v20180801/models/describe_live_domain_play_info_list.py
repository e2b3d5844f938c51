"""Request and response of DescribeLiveDomainPlayInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveDomainPlayInfoListRequest", "DescribeLiveDomainPlayInfoListResponse"]


@dataclass(kw_only=True)
class DescribeLiveDomainPlayInfoListRequest(Request["DescribeLiveDomainPlayInfoListResponse"]):
    """Request of DescribeLiveDomainPlayInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    play_domains: list[str] | Unset = UNSET
    """播放域名列表。
    Example: ["live.com"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("PlayDomains", "play_domains", "String", array=True),)

    _action: ClassVar[str] = "DescribeLiveDomainPlayInfoList"
    _response: ClassVar[str] = ".describe_live_domain_play_info_list:DescribeLiveDomainPlayInfoListResponse"


@dataclass(kw_only=True)
class DescribeLiveDomainPlayInfoListResponse(Response):
    """Response of DescribeLiveDomainPlayInfoList."""

    time: str | None | Unset = UNSET
    """数据时间，格式为yyyy-mm-dd HH:MM:SS。
    Example: 2019-04-07 21:55:00
    """

    total_bandwidth: float | None | Unset = UNSET
    """实时总带宽。
    Example: 2909181.92
    """

    total_flux: float | None | Unset = UNSET
    """实时总流量。
    Example: 174550915.2
    """

    total_request: int | None | Unset = UNSET
    """总请求数。
    Example: 2446274
    """

    total_online: int | None | Unset = UNSET
    """实时总连接数。
    Example: 2800396
    """

    domain_info_list: list[structures.DomainInfoList] | None | Unset = UNSET
    """分域名的数据情况。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String", format="yyyy-mm-dd hh:mm:ss"),
        Field("TotalBandwidth", "total_bandwidth", "Float"),
        Field("TotalFlux", "total_flux", "Float"),
        Field("TotalRequest", "total_request", "Integer"),
        Field("TotalOnline", "total_online", "Integer"),
        Field("DomainInfoList", "domain_info_list", "..structures.domain_info_list:DomainInfoList", array=True),
        Field("RequestId", "request_id", "String"),
    )
