"""Request and response of DescribeTimeShiftStreamList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeTimeShiftStreamListRequest", "DescribeTimeShiftStreamListResponse"]


@dataclass(kw_only=True)
class DescribeTimeShiftStreamListRequest(Request["DescribeTimeShiftStreamListResponse"]):
    """Request of DescribeTimeShiftStreamList.

    查询某个时间范围内所有时移流列表。最大支持查询24小时内的数据。
    """

    start_time: int
    """查询范围起始时间，Unix 时间戳。
    Example: 1669032313
    """

    end_time: int
    """查询范围结束时间，Unix 时间戳。
    Example: 1669035913
    """

    stream_name: str | Unset = UNSET
    """流名称。
    Example: streamname
    """

    domain: str | Unset = UNSET
    """推流域名。
    Example: push.domain.com
    """

    domain_group: str | Unset = UNSET
    """推流域名所属域名组。
    Example: domaingroup
    """

    page_size: int | Unset = UNSET
    """用户指定要返回的最大结果数，取值范围[0,100]，不指定或者指定为0时，API
    默认值为100。指定超过100时，API 强制使用100。指定值为负数时，接口返回错误。
    Example: 100
    """

    page_num: int | Unset = UNSET
    """指定拉取的页码，不传时默认为1。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "Integer", required=True),
        Field("EndTime", "end_time", "Integer", required=True),
        Field("StreamName", "stream_name", "String"),
        Field("Domain", "domain", "String"),
        Field("DomainGroup", "domain_group", "String"),
        Field("PageSize", "page_size", "Integer"),
        Field("PageNum", "page_num", "Integer"),
    )

    _action: ClassVar[str] = "DescribeTimeShiftStreamList"
    _response: ClassVar[str] = ".describe_time_shift_stream_list:DescribeTimeShiftStreamListResponse"


@dataclass(kw_only=True)
class DescribeTimeShiftStreamListResponse(Response):
    """Response of DescribeTimeShiftStreamList."""

    total_size: int | None | Unset = UNSET
    """时间段内所有的数据量。
    Example: 500
    """

    stream_list: list[structures.TimeShiftStreamInfo] | None | Unset = UNSET
    """流列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TotalSize", "total_size", "Integer"),
        Field("StreamList", "stream_list", "..structures.time_shift_stream_info:TimeShiftStreamInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
