"""Request and response of DescribeRecord (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeRecordRequest", "DescribeRecordResponse"]


@dataclass(kw_only=True)
class DescribeRecordRequest(Request["DescribeRecordResponse"]):
    """Request of DescribeRecord.

    说明：
    """

    channel_id: str
    """频道 ID"""

    task_id: int
    """任务 ID"""

    page_no: int | Unset = UNSET
    """页码，默认为1"""

    page_size: int | Unset = UNSET
    """分页大小，默认为10"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelId", "channel_id", "String", required=True),
        Field("taskId", "task_id", "Integer", required=True),
        Field("pageNo", "page_no", "Integer"),
        Field("pageSize", "page_size", "Integer"),
    )

    _action: ClassVar[str] = "DescribeRecord"
    _response: ClassVar[str] = ".describe_record:DescribeRecordResponse"


@dataclass(kw_only=True)
class DescribeRecordResponse(Response):
    """Response of DescribeRecord."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    total_count: int | None | Unset = UNSET
    """总个数"""

    file_set: list[dict[str, Any]] | None | Unset = UNSET
    """文件结果集"""

    file_id: str | None | Unset = UNSET
    """文件 ID"""

    start_time: str | None | Unset = UNSET
    """分片起始时间"""

    end_time: str | None | Unset = UNSET
    """分片结束时间"""

    file_name: str | None | Unset = UNSET
    """文件名"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("totalCount", "total_count", "Integer"),
        Field("fileSet", "file_set", "Object", array=True),
        Field("fileId", "file_id", "String"),
        Field("startTime", "start_time", "String"),
        Field("endTime", "end_time", "String"),
        Field("fileName", "file_name", "String"),
        Field("RequestId", "request_id", "String"),
    )
