"""Request and response of DescribeTranscodeTaskNum (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeTranscodeTaskNumRequest", "DescribeTranscodeTaskNumResponse"]


@dataclass(kw_only=True)
class DescribeTranscodeTaskNumRequest(Request["DescribeTranscodeTaskNumResponse"]):
    """Request of DescribeTranscodeTaskNum.

    查询转码任务数。
    """

    start_time: str
    """起始时间，格式：yyyy-mm-dd HH:MM:SS。
    Example: 2022-01-09 00:00:00
    """

    end_time: str
    """结束时间，格式：yyyy-mm-dd HH:MM:SS。
    Example: 2022-01-09 23:00:0
    """

    push_domains: list[str] | Unset = UNSET
    """推流域名列表，不填表示总体数据。
    Example: ["5000.livepush.com"]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StartTime", "start_time", "String", required=True, format="yyyy-mm-dd hh:mm:ss"),
        Field("EndTime", "end_time", "String", required=True),
        Field("PushDomains", "push_domains", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeTranscodeTaskNum"
    _response: ClassVar[str] = ".describe_transcode_task_num:DescribeTranscodeTaskNumResponse"


@dataclass(kw_only=True)
class DescribeTranscodeTaskNumResponse(Response):
    """Response of DescribeTranscodeTaskNum."""

    data_info_list: list[structures.TranscodeTaskNum] | None | Unset = UNSET
    """任务数列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DataInfoList", "data_info_list", "..structures.transcode_task_num:TranscodeTaskNum", array=True),
        Field("RequestId", "request_id", "String"),
    )
