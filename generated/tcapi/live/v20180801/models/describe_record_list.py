"""Request and response of DescribeRecordList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeRecordListRequest", "DescribeRecordListResponse"]


@dataclass(kw_only=True)
class DescribeRecordListRequest(Request["DescribeRecordListResponse"]):
    """Request of DescribeRecordList."""

    channel_id: str
    """频道 ID"""

    page_no: int | Unset = UNSET
    """页码，默认为1"""

    page_size: int | Unset = UNSET
    """分页大小，默认为10"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelId", "channel_id", "String", required=True),
        Field("pageNo", "page_no", "Integer"),
        Field("pageSize", "page_size", "Integer"),
    )

    _action: ClassVar[str] = "DescribeRecordList"
    _response: ClassVar[str] = ".describe_record_list:DescribeRecordListResponse"


@dataclass(kw_only=True)
class DescribeRecordListResponse(Response):
    """Response of DescribeRecordList."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    total_count: int | None | Unset = UNSET
    """总个数"""

    task_set: list[dict[str, Any]] | None | Unset = UNSET
    """任务结果集"""

    id_: int | None | Unset = UNSET
    """任务 ID"""

    start_time: str | None | Unset = UNSET
    """分片起始时间"""

    end_time: str | None | Unset = UNSET
    """分片结束时间"""

    status: int | None | Unset = UNSET
    """任务状态，0-未启动，1-启动中，2-执行完，3-异常等"""

    count: int | None | Unset = UNSET
    """已生成分片数"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("totalCount", "total_count", "Integer"),
        Field("taskSet", "task_set", "Object", array=True),
        Field("id", "id_", "Integer"),
        Field("startTime", "start_time", "String"),
        Field("endTime", "end_time", "String"),
        Field("status", "status", "Integer"),
        Field("count", "count", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
