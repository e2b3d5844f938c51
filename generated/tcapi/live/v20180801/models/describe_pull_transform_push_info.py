"""Request and response of DescribePullTransformPushInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribePullTransformPushInfoRequest", "DescribePullTransformPushInfoResponse"]


@dataclass(kw_only=True)
class DescribePullTransformPushInfoRequest(Request["DescribePullTransformPushInfoResponse"]):
    """Request of DescribePullTransformPushInfo.

    查询拉流转推任务的时长信息。
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2021-05-21T00:00:00+08:00
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    支持最近三年的查询，查询开始和结束时间跨度不支持超过31天。
    Example: 2021-05-21T00:00:00+08:00
    """

    mainland_or_oversea: str | Unset = UNSET
    """可选值：
    Mainland：查询国内数据，
    Oversea：则查询国外数据，
    默认：查询国内+国外的数据。
    Example: Mainland
    """

    source_type: str | Unset = UNSET
    """可选值： PullLivePushLive：拉流源类型为直播 PullVodPushLive：拉流源类型为点播 PullPicPushLive：拉
    流源类型为图片 默认：查询全部拉流源类型
    Example: PullLivePushLive
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
        Field("SourceType", "source_type", "String"),
    )

    _action: ClassVar[str] = "DescribePullTransformPushInfo"
    _response: ClassVar[str] = ".describe_pull_transform_push_info:DescribePullTransformPushInfoResponse"


@dataclass(kw_only=True)
class DescribePullTransformPushInfoResponse(Response):
    """Response of DescribePullTransformPushInfo."""

    data_info_list: list[structures.TaskDurationInfo] | None | Unset = UNSET
    """时长统计数据列表"""

    total_duration: int | None | Unset = UNSET
    """拉流转推得总时长
    Example: 1000
    """

    total_duration_second: int | None | Unset = UNSET
    """拉流转推得总时长（秒）
    Example: 1000
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获
    得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.task_duration_info:TaskDurationInfo", array=True),
        Field("TotalDuration", "total_duration", "Integer"),
        Field("TotalDurationSecond", "total_duration_second", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
