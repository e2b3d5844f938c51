"""Request and response of DescribeLiveTimeShiftWriteSizeInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTimeShiftWriteSizeInfoListRequest", "DescribeLiveTimeShiftWriteSizeInfoListResponse"]


@dataclass(kw_only=True)
class DescribeLiveTimeShiftWriteSizeInfoListRequest(Request["DescribeLiveTimeShiftWriteSizeInfoListResponse"]):
    """Request of DescribeLiveTimeShiftWriteSizeInfoList.

    支持直播时移写入量数据查询。
    """

    start_time: str
    """起始时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    支持最近六个月的查询，查询开始和结束时间跨度不支持超过31天。
    Example: 2022-11-01T00:00:00+08:00
    """

    end_time: str
    """结束时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    支持最近六个月的查询，查询开始和结束时间跨度不支持超过31天。
    Example: 2022-11-01T00:00:00+08:00
    """

    domain_names: list[str] | Unset = UNSET
    """域名。
    Example: ["5000.livepull.stream.com"]
    """

    dimensions: list[str] | Unset = UNSET
    """维度
    Area地区、Domain 域名、StorageDays 时移天数
    Example: ["Time","CountryOrAreaNames"]
    """

    storage_days: list[int] | Unset = UNSET
    """时移天数。
    Example: [1,3,7,15,30]
    """

    granularity: int | Unset = UNSET
    """时间跨度（分钟）
    默认5，可选 5、60或者1440。
    Example: 60
    """

    mainland_or_oversea: str | Unset = UNSET
    """区域
    可选Mainland、Oversea。
    Example: Oversea
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("DomainNames", "domain_names", "String", array=True),
        Field("Dimensions", "dimensions", "String", array=True),
        Field("StorageDays", "storage_days", "Integer", array=True),
        Field("Granularity", "granularity", "Integer"),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
    )

    _action: ClassVar[str] = "DescribeLiveTimeShiftWriteSizeInfoList"
    _response: ClassVar[str] = (
        ".describe_live_time_shift_write_size_info_list:DescribeLiveTimeShiftWriteSizeInfoListResponse"
    )


@dataclass(kw_only=True)
class DescribeLiveTimeShiftWriteSizeInfoListResponse(Response):
    """Response of DescribeLiveTimeShiftWriteSizeInfoList."""

    data_info_list: list[structures.TimeShiftWriteSizeData] | None | Unset = UNSET
    """直播时移写入量数据明细。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "DataInfoList",
            "data_info_list",
            "..structures.time_shift_write_size_data:TimeShiftWriteSizeData",
            array=True,
        ),
        Field("RequestId", "request_id", "String"),
    )
