"""The DomainDetailInfo structure (live 2018-08-01), used by DescribeLiveDomainPlayInfoList, DomainInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["DomainDetailInfo"]


@dataclass(kw_only=True)
class DomainDetailInfo(Model):
    """每个域名的统计信息。"""

    mainland_or_oversea: str | None | Unset = UNSET
    """国内还是国外:
    Mainland: 表示国内数据。
    Oversea: 表示国外数据。
    Example: Mainland
    """

    bandwidth: float | None | Unset = UNSET
    """带宽，单位: Mbps。
    Example: 309.998
    """

    flux: float | None | Unset = UNSET
    """流量，单位: MB。
    Example: 18599.880
    """

    online: int | None | Unset = UNSET
    """人数。
    Example: 374
    """

    request: int | None | Unset = UNSET
    """请求数。
    Example: 175
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("Bandwidth", "bandwidth", "Float"),
        Field("Flux", "flux", "Float"),
        Field("Online", "online", "Integer"),
        Field("Request", "request", "Integer"),
    )
