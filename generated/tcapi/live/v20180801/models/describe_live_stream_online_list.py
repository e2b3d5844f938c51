"""Request and response of DescribeLiveStreamOnlineList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveStreamOnlineListRequest", "DescribeLiveStreamOnlineListResponse"]


@dataclass(kw_only=True)
class DescribeLiveStreamOnlineListRequest(Request["DescribeLiveStreamOnlineListResponse"]):
    """Request of DescribeLiveStreamOnlineList.

    返回正在直播中的流列表。适用于推流成功后查询在线流信息。
    """

    domain_name: str | Unset = UNSET
    """推流域名。多域名用户需要填写 DomainName。
    Example: 5000.livepush.myqcloud.com
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。多路径用户需要填写 AppName。
    Example: live
    """

    page_num: int | Unset = UNSET
    """取得第几页，默认1。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """每页大小，最大100。
    取值：10~100之间的任意整数。
    默认值：10。
    Example: 10
    """

    stream_name: str | Unset = UNSET
    """流名称，用于精确查询。
    Example: mystream
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("StreamName", "stream_name", "String"),
    )

    _action: ClassVar[str] = "DescribeLiveStreamOnlineList"
    _response: ClassVar[str] = ".describe_live_stream_online_list:DescribeLiveStreamOnlineListResponse"


@dataclass(kw_only=True)
class DescribeLiveStreamOnlineListResponse(Response):
    """Response of DescribeLiveStreamOnlineList."""

    total_num: int | None | Unset = UNSET
    """符合条件的总个数。
    Example: 1
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 1
    """

    page_num: int | None | Unset = UNSET
    """分页的页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页显示的条数。
    Example: 10
    """

    online_info: list[structures.StreamOnlineInfo] | None | Unset = UNSET
    """正在推送流的信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("OnlineInfo", "online_info", "..structures.stream_online_info:StreamOnlineInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
