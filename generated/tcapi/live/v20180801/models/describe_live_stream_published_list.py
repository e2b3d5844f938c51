"""Request and response of DescribeLiveStreamPublishedList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveStreamPublishedListRequest", "DescribeLiveStreamPublishedListResponse"]


@dataclass(kw_only=True)
class DescribeLiveStreamPublishedListRequest(Request["DescribeLiveStreamPublishedListResponse"]):
    """Request of DescribeLiveStreamPublishedList.

    返回已经推过流的流列表。
    """

    domain_name: str
    """您的推流域名。
    Example: 5000.livepush.com
    """

    end_time: str
    """结束时间。UTC 格式，例如：2016-06-30T19:00:00Z。不超过当前时间。注意：EndTime和StartTime相差不可超
    过1个月。
    Example: 2024-11-23T00:00:00Z
    """

    start_time: str
    """起始时间。 UTC 格式，例如：2016-06-29T19:00:00Z。最长支持查询2个月内数据。
    Example: 2024-11-22T00:00:00Z
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。不支持模糊匹配。
    Example: live
    """

    page_num: int | Unset = UNSET
    """取得第几页。
    默认值：1。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """分页大小。
    最大值：100。
    取值范围：10~100 之前的任意整数。
    默认值：10。
    Example: 10
    """

    stream_name: str | Unset = UNSET
    """流名称，支持模糊匹配。
    Example: myroomname
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("StartTime", "start_time", "String", required=True),
        Field("AppName", "app_name", "String"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer", minimum=10, maximum=100),
        Field("StreamName", "stream_name", "String"),
    )

    _action: ClassVar[str] = "DescribeLiveStreamPublishedList"
    _response: ClassVar[str] = ".describe_live_stream_published_list:DescribeLiveStreamPublishedListResponse"


@dataclass(kw_only=True)
class DescribeLiveStreamPublishedListResponse(Response):
    """Response of DescribeLiveStreamPublishedList."""

    publish_info: list[structures.StreamName] | None | Unset = UNSET
    """推流记录信息。"""

    page_num: int | None | Unset = UNSET
    """分页的页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页大小
    Example: 10
    """

    total_num: int | None | Unset = UNSET
    """符合条件的总个数。
    Example: 20
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 2
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PublishInfo", "publish_info", "..structures.stream_name:StreamName", array=True),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
