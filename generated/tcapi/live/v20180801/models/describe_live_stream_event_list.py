"""Request and response of DescribeLiveStreamEventList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveStreamEventListRequest", "DescribeLiveStreamEventListResponse"]


@dataclass(kw_only=True)
class DescribeLiveStreamEventListRequest(Request["DescribeLiveStreamEventListResponse"]):
    """Request of DescribeLiveStreamEventList.

    用于查询推断流事件。
    """

    start_time: str
    """起始时间。 UTC 格式，例如：2018-12-29T19:00:00Z。支持查询2个月内的历史记录。
    Example: 2019-01-04T12:00:00Z
    """

    end_time: str
    """结束时间。UTC 格式，例如：2018-12-29T20:00:00Z。不超过当前时间，且和起始时间相差不得超过1个月。
    Example: 2019-01-04T20:00:00Z
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    domain_name: str | Unset = UNSET
    """推流域名。
    Example: yourdomain.test.com
    """

    stream_name: str | Unset = UNSET
    """流名称，不支持通配符（*）查询，默认模糊匹配。
    可使用IsStrict字段改为精确查询。
    Example: stream
    """

    page_num: int | Unset = UNSET
    """取得第几页。
    默认值：1。
    注： 目前只支持10000条内的查询。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """分页大小。
    最大值：100。
    取值范围：1~100 之间的任意整数。
    默认值：10。
    注： 目前只支持10000条内的查询。
    Example: 10
    """

    is_filter: Literal[0, 1] | Unset = UNSET
    """是否过滤，默认不过滤。
    0：不进行任何过滤。
    1：过滤掉开播失败的，只返回开播成功的。
    Example: 1
    """

    is_strict: Literal[0, 1] | Unset = UNSET
    """是否精确查询，默认模糊匹配。
    0：模糊匹配。
    1：精确查询。
    注：使用StreamName时该参数生效。
    Example: 0
    """

    is_asc: Literal[0, 1] | Unset = UNSET
    """是否按结束时间正序显示，默认逆序。
    0：逆序。
    1：正序。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("AppName", "app_name", "String"),
        Field("DomainName", "domain_name", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=100),
        Field("IsFilter", "is_filter", "Integer", enum=(0, 1)),
        Field("IsStrict", "is_strict", "Integer", enum=(0, 1)),
        Field("IsAsc", "is_asc", "Integer", enum=(0, 1)),
    )

    _action: ClassVar[str] = "DescribeLiveStreamEventList"
    _response: ClassVar[str] = ".describe_live_stream_event_list:DescribeLiveStreamEventListResponse"


@dataclass(kw_only=True)
class DescribeLiveStreamEventListResponse(Response):
    """Response of DescribeLiveStreamEventList."""

    event_list: list[structures.StreamEventInfo] | None | Unset = UNSET
    """推断流事件列表。"""

    page_num: int | None | Unset = UNSET
    """分页的页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页大小。
    Example: 10
    """

    total_num: int | None | Unset = UNSET
    """符合条件的总个数。
    Example: 1
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 1
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("EventList", "event_list", "..structures.stream_event_info:StreamEventInfo", array=True),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
