"""The TranscodeTotalInfo structure (live 2018-08-01), used by DescribeLiveTranscodeTotalInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TranscodeTotalInfo"]


@dataclass(kw_only=True)
class TranscodeTotalInfo(Model):
    """转码总量数据"""

    time: str | None | Unset = UNSET
    """时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2022-11-14T14:04:59+08:00
    """

    duration: int | None | Unset = UNSET
    """转码时长，单位：分钟。
    Example: 1
    """

    module_codec: str | None | Unset = UNSET
    """编码方式，带模块，
    示例：
    liveprocessor_H264 =》直播转码-H264，
    liveprocessor_H265 =》 直播转码-H265，
    topspeed_H264 =》极速高清-H264，
    topspeed_H265 =》极速高清-H265。
    Example: liveprocessor_H264
    """

    resolution: str | None | Unset = UNSET
    """分辨率，
    示例：540*480。
    Example: 720P
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String", format="date-time"),
        Field("Duration", "duration", "Integer"),
        Field("ModuleCodec", "module_codec", "String"),
        Field("Resolution", "resolution", "String"),
    )
