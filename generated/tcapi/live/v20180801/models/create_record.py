"""Request and response of CreateRecord (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateRecordRequest", "CreateRecordResponse"]


@dataclass(kw_only=True)
class CreateRecordRequest(Request["CreateRecordResponse"]):
    """Request of CreateRecord.

    说明：
    """

    channel_id: str
    """频道 ID。"""

    start_time: str
    """开始时间，中国标准时间，需要 URLEncode。如 2017-01-01 10:10:01，编码为：2017-01-
    01+10%3a10%3a01。
    """

    end_time: str
    """结束时间，中国标准时间，需要 URLEncode。如 2017-01-01 10:30:01，编码为：2017-01-
    01+10%3a30%3a01。
    """

    tape_type: Literal[1, 0]
    """是否开启实时视频录制。1：开启；0：关闭，推荐使用实时视频录制。
    a. 实时视频录制创建成功依赖主播活跃推流，调用接口成功则同步开始录制，并忽略任务开始时间参数。
    b. 实时视频录制任务时长支持最大为30分钟，如果传入任务结束时间与当前时间差大于30分钟，则按30分钟
    计算。录制时长建议控制在5分钟以内。
    c. 如果关闭实时录制，则需要传入任务开始时间参数，且结束时间与开始时间差不大于1天。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("channelId", "channel_id", "String", required=True),
        Field("startTime", "start_time", "String", required=True),
        Field("endTime", "end_time", "String", required=True),
        Field("tapeType", "tape_type", "Integer", required=True, enum=(1, 0)),
    )

    _action: ClassVar[str] = "CreateRecord"
    _response: ClassVar[str] = ".create_record:CreateRecordResponse"


@dataclass(kw_only=True)
class CreateRecordResponse(Response):
    """Response of CreateRecord."""

    code: int | None | Unset = UNSET
    """错误码，0：成功，其他值：失败"""

    message: str | None | Unset = UNSET
    """错误信息"""

    task_id: int | None | Unset = UNSET
    """任务 ID，64位无符整形"""

    request_id: str | None | Unset = UNSET
    _fields: ClassVar[tuple[Field, ...]] = (
        Field("code", "code", "Integer"),
        Field("message", "message", "String"),
        Field("task_id", "task_id", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
