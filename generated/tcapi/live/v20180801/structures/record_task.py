"""The RecordTask structure (live 2018-08-01), used by DescribeRecordTask."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["RecordTask"]


@dataclass(kw_only=True)
class RecordTask(Model):
    """录制任务"""

    task_id: str | None | Unset = UNSET
    """录制任务ID。
    Example: UpTbk5RSVhRQFkAAfHwQCCjcRD0lRFcZ0xTSlNTQltlRVRLU1JAWW9EUb
    """

    domain_name: str | None | Unset = UNSET
    """推流域名。
    Example: 5000.live.push.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    Example: live
    """

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: livetest
    """

    start_time: int | None | Unset = UNSET
    """任务开始时间，Unix时间戳。
    Example: 1589904000
    """

    end_time: int | None | Unset = UNSET
    """任务结束时间，Unix时间戳。
    Example: 1589889600
    """

    template_id: int | None | Unset = UNSET
    """录制模板ID。
    Example: 0
    """

    stopped: int | None | Unset = UNSET
    """调用 StopRecordTask 停止任务时间，Unix时间戳。值为0表示未曾调用接口停止任务。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TaskId", "task_id", "String"),
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("StartTime", "start_time", "Integer"),
        Field("EndTime", "end_time", "Integer"),
        Field("TemplateId", "template_id", "Integer"),
        Field("Stopped", "stopped", "Integer"),
    )
