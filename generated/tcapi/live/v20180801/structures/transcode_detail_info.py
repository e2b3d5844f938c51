"""The TranscodeDetailInfo structure (live 2018-08-01), used by DescribeLiveTranscodeDetailInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TranscodeDetailInfo"]


@dataclass(kw_only=True)
class TranscodeDetailInfo(Model):
    """转码详细信息。"""

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: streamname
    """

    start_time: str | None | Unset = UNSET
    """开始时间（北京时间），格式：yyyy-mm-dd HH:MM。
    Example: 2019-03-01 01:00
    """

    end_time: str | None | Unset = UNSET
    """结束时间（北京时间），格式：yyyy-mm-dd HH:MM。
    Example: 2019-03-01 01:00
    """

    duration: int | None | Unset = UNSET
    """转码时长，单位：分钟。
    注意：因推流过程中可能有中断重推情况，此处时长为真实转码时长累加值，并非结束时间和开始时间的间隔。
    Example: 8
    """

    module_codec: str | None | Unset = UNSET
    """编码方式，带模块，
    示例：
    liveprocessor_ACC: 音频转码，
    liveprocessor_H264：直播转码-H264，
    liveprocessor_H265： 直播转码-H265，
    topspeed_H264：极速高清-H264，
    topspeed_H265：极速高清-H265。
    Example: liveprocessor_H265
    """

    bitrate: int | None | Unset = UNSET
    """码率。
    Example: 1
    """

    type_: str | None | Unset = UNSET
    """类型，包含：转码（Transcode），混流（MixStream），水印（WaterMark），快直播（Webrtc）。
    Example: Transcode
    """

    push_domain: str | None | Unset = UNSET
    """推流域名。
    Example: 5000.livepush.com
    """

    resolution: str | None | Unset = UNSET
    """分辨率。
    Example: 720p
    """

    mainland_or_oversea: str | None | Unset = UNSET
    """地域：
    Mainland：国内。
    Overseas：海外。
    Example: Mainland
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String"),
        Field("StartTime", "start_time", "String"),
        Field("EndTime", "end_time", "String"),
        Field("Duration", "duration", "Integer"),
        Field("ModuleCodec", "module_codec", "String"),
        Field("Bitrate", "bitrate", "Integer"),
        Field("Type", "type_", "String"),
        Field("PushDomain", "push_domain", "String"),
        Field("Resolution", "resolution", "String"),
        Field("MainlandOrOversea", "mainland_or_oversea", "String"),
    )
