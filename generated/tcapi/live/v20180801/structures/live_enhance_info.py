"""The LiveEnhanceInfo structure (live 2018-08-01), used by DescribeLiveEnhanceInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LiveEnhanceInfo"]


@dataclass(kw_only=True)
class LiveEnhanceInfo(Model):
    """直播增强计费信息。"""

    domain: str | None | Unset = UNSET
    """域名。
    Example: 5000.livepull.stream.com
    """

    time: str | None | Unset = UNSET
    """时间。
    Example: 2024-12-25T10:43:22+08:00
    """

    duration: int | None | Unset = UNSET
    """计费时长，单位分钟。
    Example: 10
    """

    fps: str | None | Unset = UNSET
    """帧率。
    Example: 25
    """

    resolution: str | None | Unset = UNSET
    """分辨率。
    Example: 720P
    """

    type_: str | None | Unset = UNSET
    """增强服务类型。
    Example: SUPER_RESOLUTION
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Domain", "domain", "String"),
        Field("Time", "time", "String"),
        Field("Duration", "duration", "Integer"),
        Field("Fps", "fps", "String"),
        Field("Resolution", "resolution", "String"),
        Field("Type", "type_", "String"),
    )
