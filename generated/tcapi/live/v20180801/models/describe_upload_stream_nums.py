"""Request and response of DescribeUploadStreamNums (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeUploadStreamNumsRequest", "DescribeUploadStreamNumsResponse"]


@dataclass(kw_only=True)
class DescribeUploadStreamNumsRequest(Request["DescribeUploadStreamNumsResponse"]):
    """Request of DescribeUploadStreamNums.

    直播上行路数查询。
    """

    start_time: str
    """起始时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    Example: 2020-10-12T00:00:00+08:00
    """

    end_time: str
    """结束时间点，接口查询支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见IOS日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）YYYY-MM-DD hh:mm:ss：使用此格式时，默认代表北京时间。
    起始和结束时间跨度不支持超过31天。支持最近31天的数据查询
    Example: 2020-10-12T01:01:05+08:00
    """

    domains: list[str] | Unset = UNSET
    """直播域名，若不填，表示总体数据。
    Example: ["test.com"]
    """

    granularity: Literal[5, 1440] | Unset = UNSET
    """数据粒度，支持如下粒度：
    5：5分钟粒度，（跨度不支持超过1天），
    1440：天粒度（跨度不支持超过一个月）。
    默认值：5。
    Example: 5
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True),
        Field("EndTime", "end_time", "String", required=True),
        Field("Domains", "domains", "String", array=True),
        Field("Granularity", "granularity", "Integer", enum=(5, 1440)),
    )

    _action: ClassVar[str] = "DescribeUploadStreamNums"
    _response: ClassVar[str] = ".describe_upload_stream_nums:DescribeUploadStreamNumsResponse"


@dataclass(kw_only=True)
class DescribeUploadStreamNumsResponse(Response):
    """Response of DescribeUploadStreamNums."""

    data_info_list: list[structures.ConcurrentRecordStreamNum] | None | Unset = UNSET
    """明细数据信息"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不
    会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "DataInfoList",
            "data_info_list",
            "..structures.concurrent_record_stream_num:ConcurrentRecordStreamNum",
            array=True,
        ),
        Field("RequestId", "request_id", "String"),
    )
