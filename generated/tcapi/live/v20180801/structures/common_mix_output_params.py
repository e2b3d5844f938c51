"""The CommonMixOutputParams structure (live 2018-08-01), used by CreateCommonMixStream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CommonMixOutputParams"]


@dataclass(kw_only=True)
class CommonMixOutputParams(Model):
    """通用混流输出参数。"""

    output_stream_name: str | None | Unset = UNSET
    """输出流名称。
    Example: example_ourput_name
    """

    output_stream_type: int | None | Unset = UNSET
    """输出流类型，取值范围[0,1]。
    不填默认为0。
    当输出流为输入流 list 中的一条时，填写0。
    当期望生成的混流结果成为一条新流时，该值填为1。
    该值为1时，output_stream_id 不能出现在 input_stram_list 中，且直播后台中，不能存在相同 ID 的
    流。
    Example: 0
    """

    output_stream_bit_rate: int | None | Unset = UNSET
    """输出流比特率。取值范围[1，10000]。
    不填的情况下，系统会自动判断。
    Example: 2000
    """

    output_stream_gop: int | None | Unset = UNSET
    """输出流GOP大小。取值范围[1,10]。
    不填的情况下，系统会自动判断。
    Example: 2
    """

    output_stream_frame_rate: int | None | Unset = UNSET
    """输出流帧率大小。取值范围[1,60]。
    不填的情况下，系统会自动判断。
    Example: 30
    """

    output_audio_bit_rate: int | None | Unset = UNSET
    """输出流音频比特率。取值范围[1,500]
    不填的情况下，系统会自动判断。
    Example: 256
    """

    output_audio_sample_rate: int | None | Unset = UNSET
    """输出流音频采样率。取值范围[96000, 88200, 64000, 48000, 44100, 32000,24000, 22050, 16000,
    12000, 11025, 8000]。
    不填的情况下，系统会自动判断。
    Example: 48000
    """

    output_audio_channels: int | None | Unset = UNSET
    """输出流音频声道数。取值范围[1,2]。
    不填的情况下，系统会自动判断。
    Example: 2
    """

    mix_sei: str | None | Unset = UNSET
    """输出流中的sei信息。如果无特殊需要，不填。
    Example: example_sei
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("OutputStreamName", "output_stream_name", "String", required=True),
        Field("OutputStreamType", "output_stream_type", "Integer", minimum=0, maximum=1),
        Field("OutputStreamBitRate", "output_stream_bit_rate", "Integer", minimum=1, maximum=10000),
        Field("OutputStreamGop", "output_stream_gop", "Integer", minimum=1, maximum=10),
        Field("OutputStreamFrameRate", "output_stream_frame_rate", "Integer", minimum=1, maximum=60),
        Field("OutputAudioBitRate", "output_audio_bit_rate", "Integer", minimum=1, maximum=500),
        Field(
            "OutputAudioSampleRate",
            "output_audio_sample_rate",
            "Integer",
            enum=(96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000),
        ),
        Field("OutputAudioChannels", "output_audio_channels", "Integer", minimum=1, maximum=2),
        Field("MixSei", "mix_sei", "String"),
    )
