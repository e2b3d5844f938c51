"""The ClientIpPlaySumInfo structure (live 2018-08-01), used by DescribeTopClientIpSumInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["ClientIpPlaySumInfo"]


@dataclass(kw_only=True)
class ClientIpPlaySumInfo(Model):
    """客户端ip播放汇总信息。"""

    client_ip: str | None | Unset = UNSET
    """客户端 IP，点分型。
    Example: 119.44.7.168
    """

    province: str | None | Unset = UNSET
    """客户端所在省份。
    Example: 湖南省
    """

    total_flux: float | None | Unset = UNSET
    """总流量。
    Example: 13321.099
    """

    total_request: int | None | Unset = UNSET
    """总请求数。
    Example: 740
    """

    total_failed_request: int | None | Unset = UNSET
    """总失败请求数。
    Example: 4
    """

    country_area: str | None | Unset = UNSET
    """客户端所在国家。
    Example: 中国
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ClientIp", "client_ip", "String"),
        Field("Province", "province", "String"),
        Field("TotalFlux", "total_flux", "Float"),
        Field("TotalRequest", "total_request", "Integer"),
        Field("TotalFailedRequest", "total_failed_request", "Integer"),
        Field("CountryArea", "country_area", "String"),
    )
