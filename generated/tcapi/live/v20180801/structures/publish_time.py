"""The PublishTime structure (live 2018-08-01), used by DescribeLiveStreamOnlineList, StreamOnlineInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PublishTime"]


@dataclass(kw_only=True)
class PublishTime(Model):
    """推流时间。"""

    publish_time: str | None | Unset = UNSET
    """推流时间。
    UTC 格式，例如：2018-06-29T19:00:00Z。
    Example: 2017-10-24T12:00:00Z
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("PublishTime", "publish_time", "String"),)
