"""The PlayDataInfoByStream structure (live 2018-08-01), used by DescribeStreamDayPlayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PlayDataInfoByStream"]


@dataclass(kw_only=True)
class PlayDataInfoByStream(Model):
    """流维度的播放信息。"""

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream1
    """

    total_flux: float | None | Unset = UNSET
    """总流量，单位: MB。
    Example: 500.0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String"),
        Field("TotalFlux", "total_flux", "Float"),
    )
