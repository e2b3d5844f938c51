"""Request and response of DescribeLiveEnhanceInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveEnhanceInfoListRequest", "DescribeLiveEnhanceInfoListResponse"]


@dataclass(kw_only=True)
class DescribeLiveEnhanceInfoListRequest(Request["DescribeLiveEnhanceInfoListResponse"]):
    """Request of DescribeLiveEnhanceInfoList.

    查询直播增强用量明细信息。
    """

    start_time: str
    """起始时间点，使用ISO格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见ISO 日期格式说明。
    接口支持最近三个月的查询，开始时间和结束时间查询跨度不能超过三十天。
    Example: 2019-03-01T00:00:00+08:00
    """

    end_time: str
    """结束时间点，使用ISO格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见ISO 日期格式说明。
    接口支持最近三个月的查询，开始时间和结束时间查询跨度不能超过三十天。
    Example: 2019-03-01T12:00:00+08:00
    """

    granularity: int | Unset = UNSET
    """查询粒度，支持5，60分钟。
    Example: 5
    """

    domain_names: list[str] | Unset = UNSET
    """查询域名，如果不填则默认查全部的数据。
    Example: test.com
    """

    type_: list[str] | Unset = UNSET
    """增强服务类型，如果不填则默认查全部的数据。
    Example: StreamID
    """

    resolution: list[str] | Unset = UNSET
    """分辨率，如果不填则默认查全部的数据。
    Example: ["1080P"]
    """

    fps: list[str] | Unset = UNSET
    """帧率，如果不填则默认查全部的数据。
    Example: ["30"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="date-time"),
        Field("EndTime", "end_time", "String", required=True, format="date-time"),
        Field("Granularity", "granularity", "Integer"),
        Field("DomainNames", "domain_names", "String", array=True),
        Field("Type", "type_", "String", array=True),
        Field("Resolution", "resolution", "String", array=True),
        Field("Fps", "fps", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeLiveEnhanceInfoList"
    _response: ClassVar[str] = ".describe_live_enhance_info_list:DescribeLiveEnhanceInfoListResponse"


@dataclass(kw_only=True)
class DescribeLiveEnhanceInfoListResponse(Response):
    """Response of DescribeLiveEnhanceInfoList."""

    data_info_list: list[structures.LiveEnhanceInfo] | None | Unset = UNSET
    """直播增强统计信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.live_enhance_info:LiveEnhanceInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
