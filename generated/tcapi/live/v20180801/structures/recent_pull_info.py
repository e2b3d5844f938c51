"""The RecentPullInfo structure (live 2018-08-01), used by DescribeLivePullStreamTasks, PullStreamTaskInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["RecentPullInfo"]


@dataclass(kw_only=True)
class RecentPullInfo(Model):
    """直播拉流当前正在拉的文件信息。"""

    file_url: str | None | Unset = UNSET
    """当前正在拉的文件地址。
    Example: http://youfile.domain.com/vod/file.mp4
    """

    offset_time: int | None | Unset = UNSET
    """当前正在拉的文件偏移，单位：秒。
    Example: 2300
    """

    report_time: str | None | Unset = UNSET
    """最新上报偏移信息时间。UTC格式。
    如：2020-07-23T03:20:39Z。
    注意：与北京时间相差八小时。
    Example: 2022-10-20T03:35:11Z
    """

    looped_times: int | None | Unset = UNSET
    """已经轮播的次数。
    Example: 2
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("FileUrl", "file_url", "String"),
        Field("OffsetTime", "offset_time", "Integer"),
        Field("ReportTime", "report_time", "String"),
        Field("LoopedTimes", "looped_times", "Integer"),
    )
