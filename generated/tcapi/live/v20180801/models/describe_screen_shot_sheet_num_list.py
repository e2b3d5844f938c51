"""Request and response of DescribeScreenShotSheetNumList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeScreenShotSheetNumListRequest", "DescribeScreenShotSheetNumListResponse"]


@dataclass(kw_only=True)
class DescribeScreenShotSheetNumListRequest(Request["DescribeScreenShotSheetNumListResponse"]):
    """Request of DescribeScreenShotSheetNumList.

    接口用来查询直播增值业务--截图的张数
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2019-11-07T16:00:00Z
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    支持最近三个月的查询，查询开始和结束时间跨度不支持超过31天。
    Example: 2019-11-09T15:59:00Z
    """

    zone: str | Unset = UNSET
    """地域信息，可选值包括Mainland，Oversea，前者是查询中国大陆范围内的数据，后者是除中国大陆范围之外的数
    据，若不传该参数，则查询所有地区的数据。
    Example: Mainland
    """

    push_domains: list[str] | Unset = UNSET
    """推流域名（支持查询2019年11 月1日之后的域名维度数据）。
    Example: ["push.live.com"]
    """

    granularity: str | Unset = UNSET
    """数据维度，数据延迟1个半小时，可选值包括：1、Minute（5分钟粒度，最大支持查询时间范围是31天），2、Day
    （天粒度，默认值，按照北京时间做跨天处理，最大支持查询时间范围是186天当天）。
    Example: Minute
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("Zone", "zone", "String"),
        Field("PushDomains", "push_domains", "String", array=True),
        Field("Granularity", "granularity", "String"),
    )

    _action: ClassVar[str] = "DescribeScreenShotSheetNumList"
    _response: ClassVar[str] = ".describe_screen_shot_sheet_num_list:DescribeScreenShotSheetNumListResponse"


@dataclass(kw_only=True)
class DescribeScreenShotSheetNumListResponse(Response):
    """Response of DescribeScreenShotSheetNumList."""

    data_info_list: list[structures.TimeValue] | None | Unset = UNSET
    """数据信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.time_value:TimeValue", array=True),
        Field("RequestId", "request_id", "String"),
    )
