"""The TaskStatusInfo structure (live 2018-08-01), used by DescribeLivePullStreamTaskStatus."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TaskStatusInfo"]


@dataclass(kw_only=True)
class TaskStatusInfo(Model):
    """直播拉流任务状态信息。"""

    file_url: str | None | Unset = UNSET
    """当前使用的源 URL。
    Example: http://live.push.com/live/stream.flv
    """

    looped_times: int | None | Unset = UNSET
    """点播源任务的轮播次数。
    Example: 2
    """

    offset_time: int | None | Unset = UNSET
    """点播源的播放偏移，单位：秒。
    Example: 1500
    """

    report_time: str | None | Unset = UNSET
    """最新心跳上报时间。UTC时间，例如：
    2022-02-11T10:00:00Z。
    注意：UTC时间与北京时间相差八小时。
    Example: 2022-02-11T10:00:00Z
    """

    run_status: str | None | Unset = UNSET
    """实际运行状态：
    active - 活跃，
    inactive - 不活跃。
    Example: active
    """

    file_duration: int | None | Unset = UNSET
    """点播源的文件时长，单位：秒。
    Example: 56000
    """

    next_file_url: str | None | Unset = UNSET
    """下一进度点播文件 URL。
    Example: http://vod.play.com/live/stream.flv
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("FileUrl", "file_url", "String"),
        Field("LoopedTimes", "looped_times", "Integer"),
        Field("OffsetTime", "offset_time", "Integer"),
        Field("ReportTime", "report_time", "String"),
        Field("RunStatus", "run_status", "String"),
        Field("FileDuration", "file_duration", "Integer"),
        Field("NextFileUrl", "next_file_url", "String"),
    )
