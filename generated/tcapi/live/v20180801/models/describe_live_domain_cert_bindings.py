"""Request and response of DescribeLiveDomainCertBindings (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveDomainCertBindingsRequest", "DescribeLiveDomainCertBindingsResponse"]


@dataclass(kw_only=True)
class DescribeLiveDomainCertBindingsRequest(Request["DescribeLiveDomainCertBindingsResponse"]):
    """Request of DescribeLiveDomainCertBindings.

    查询绑定证书的域名列表。
    """

    domain_search: str | Unset = UNSET
    """要搜索的域名字符串。
    Example: pull
    """

    offset: int | Unset = UNSET
    """记录行的位置，从0开始。默认0。
    Example: 0
    """

    length: int | Unset = UNSET
    """记录行的最大数目。默认50。
    若不传，则最多返回50条数据。
    Example: 10
    """

    domain_name: str | Unset = UNSET
    """要查询的单个域名。
    Example: pull.sdzgxx.cn
    """

    order_by: str | Unset = UNSET
    """可取值：
    ExpireTimeAsc：证书过期时间升序。
    ExpireTimeDesc：证书过期时间降序。
    Example: ExpireTimeAsc
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainSearch", "domain_search", "String"),
        Field("Offset", "offset", "Integer"),
        Field("Length", "length", "Integer"),
        Field("DomainName", "domain_name", "String"),
        Field("OrderBy", "order_by", "String"),
    )

    _action: ClassVar[str] = "DescribeLiveDomainCertBindings"
    _response: ClassVar[str] = ".describe_live_domain_cert_bindings:DescribeLiveDomainCertBindingsResponse"


@dataclass(kw_only=True)
class DescribeLiveDomainCertBindingsResponse(Response):
    """Response of DescribeLiveDomainCertBindings."""

    live_domain_cert_bindings: list[structures.LiveDomainCertBindings] | None | Unset = UNSET
    """有绑定证书的域名信息数组。"""

    total_num: int | None | Unset = UNSET
    """总的记录行数，便于分页。
    Example: 122
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次
    请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "LiveDomainCertBindings",
            "live_domain_cert_bindings",
            "..structures.live_domain_cert_bindings:LiveDomainCertBindings",
            array=True,
        ),
        Field("TotalNum", "total_num", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
