"""The TaskDurationInfo structure (live 2018-08-01), used by DescribePullTransformPushInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model


@dataclass(kw_only=True)
class TaskDurationInfo(Model):
    """拉流转推任务的时长分布信息"""

    time: str | None | Unset = UNSET
    """拉流转推任务的时间点"""

    duration: int | None | Unset = UNSET
    """拉流转推任务的时长，单位为分钟"""

    duration_second: int | None | Unset = UNSET
    """拉流转推任务的时长，单位为秒"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("Duration", "duration", "Integer"),
        Field("DurationSecond", "duration_second", "Integer"),
    )
