"""Request and response of DescribeLiveDomains (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveDomainsRequest", "DescribeLiveDomainsResponse"]


@dataclass(kw_only=True)
class DescribeLiveDomainsRequest(Request["DescribeLiveDomainsResponse"]):
    """Request of DescribeLiveDomains.

    根据域名状态、类型等信息查询用户的域名信息。
    """

    domain_status: int | Unset = UNSET
    """域名状态过滤。0-停用，1-启用。
    Example: 1
    """

    domain_type: int | Unset = UNSET
    """域名类型过滤。0-推流，1-播放。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """分页大小，范围：10~100。默认10。
    Example: 10
    """

    page_num: int | Unset = UNSET
    """取第几页，范围：1~100000。默认1。
    Example: 1
    """

    is_delay_live: int | Unset = UNSET
    """0 普通直播 1慢直播 默认0。
    Example: 0
    """

    domain_prefix: str | Unset = UNSET
    """域名前缀。
    Example: qq
    """

    play_type: Literal[1, 2, 3] | Unset = UNSET
    """播放区域，只在 DomainType=1 时该参数有意义。
    1: 国内。
    2: 全球。
    3: 海外。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainStatus", "domain_status", "Integer"),
        Field("DomainType", "domain_type", "Integer"),
        Field("PageSize", "page_size", "Integer", minimum=10, maximum=100),
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=100000),
        Field("IsDelayLive", "is_delay_live", "Integer"),
        Field("DomainPrefix", "domain_prefix", "String"),
        Field("PlayType", "play_type", "Integer", enum=(1, 2, 3)),
    )

    _action: ClassVar[str] = "DescribeLiveDomains"
    _response: ClassVar[str] = ".describe_live_domains:DescribeLiveDomainsResponse"


@dataclass(kw_only=True)
class DescribeLiveDomainsResponse(Response):
    """Response of DescribeLiveDomains."""

    all_count: int | None | Unset = UNSET
    """总记录数。
    Example: 2
    """

    domain_list: list[structures.DomainInfo] | None | Unset = UNSET
    """域名详细信息列表。
    Example: [{"Name":"mudu.tv","GroupName":null,"Type":1,"Status":1,"PlayType":1,"IsDelayLive":0}]
    """

    create_limit_count: int | None | Unset = UNSET
    """可继续添加域名数量。
    Example: 77
    """

    play_type_count: list[int] | None | Unset = UNSET
    """启用的播放域名加速区域统计，数组元素分别为：中国大陆（境内），全球地区，国际/港澳台（境外）域名数量。
    Example: [1,0,3]
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("AllCount", "all_count", "Integer"),
        Field("DomainList", "domain_list", "..structures.domain_info:DomainInfo", array=True),
        Field("CreateLimitCount", "create_limit_count", "Integer"),
        Field("PlayTypeCount", "play_type_count", "Integer", array=True),
        Field("RequestId", "request_id", "String"),
    )
