"""Request and response of DescribeLiveStreamPushInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveStreamPushInfoListRequest", "DescribeLiveStreamPushInfoListResponse"]


@dataclass(kw_only=True)
class DescribeLiveStreamPushInfoListRequest(Request["DescribeLiveStreamPushInfoListResponse"]):
    """Request of DescribeLiveStreamPushInfoList.

    该接口为监控数据接口，数据采集及统计方式与计费数据不同，仅供运营分析使用，不能用于计费对账参考。
    """

    push_domain: str | Unset = UNSET
    """推流域名。
    Example: 5000.pushdomain.com
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的AppName保持一致，默认为live。
    Example: live
    """

    page_num: int | Unset = UNSET
    """页数，
    范围[1,10000]，
    默认值：1。
    Example: 1
    """

    page_size: int | Unset = UNSET
    """每页个数，
    范围：[1,1000]，
    默认值： 200。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PushDomain", "push_domain", "String"),
        Field("AppName", "app_name", "String"),
        Field("PageNum", "page_num", "Integer", minimum=1, maximum=10000),
        Field("PageSize", "page_size", "Integer", minimum=1, maximum=1000),
    )

    _action: ClassVar[str] = "DescribeLiveStreamPushInfoList"
    _response: ClassVar[str] = ".describe_live_stream_push_info_list:DescribeLiveStreamPushInfoListResponse"


@dataclass(kw_only=True)
class DescribeLiveStreamPushInfoListResponse(Response):
    """Response of DescribeLiveStreamPushInfoList."""

    data_info_list: list[structures.PushDataInfo] | None | Unset = UNSET
    """直播流的统计信息列表。"""

    total_num: int | None | Unset = UNSET
    """所有在线流的总数量。
    Example: 1
    """

    total_page: int | None | Unset = UNSET
    """总页数。
    Example: 1
    """

    page_num: int | None | Unset = UNSET
    """当前数据所在页码。
    Example: 1
    """

    page_size: int | None | Unset = UNSET
    """每页的在线流的个数。
    Example: 1000
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.push_data_info:PushDataInfo", array=True),
        Field("TotalNum", "total_num", "Integer"),
        Field("TotalPage", "total_page", "Integer"),
        Field("PageNum", "page_num", "Integer"),
        Field("PageSize", "page_size", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
