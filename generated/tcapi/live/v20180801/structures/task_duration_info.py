"""The TaskDurationInfo structure (live 2018-08-01), used by DescribePullTransformPushInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TaskDurationInfo"]


@dataclass(kw_only=True)
class TaskDurationInfo(Model):
    """拉流转推任务的时长分布信息"""

    time: str | None | Unset = UNSET
    """拉流转推任务的时间点
    Example: 2021-05-21 00:00:00
    """

    duration: int | None | Unset = UNSET
    """拉流转推任务的时长，单位为分钟
    Example: 5
    """

    duration_second: int | None | Unset = UNSET
    """拉流转推任务的时长，单位为秒
    Example: 5
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("Duration", "duration", "Integer"),
        Field("DurationSecond", "duration_second", "Integer"),
    )
