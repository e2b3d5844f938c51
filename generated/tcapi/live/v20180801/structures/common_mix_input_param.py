"""The CommonMixInputParam structure (live 2018-08-01), used by CreateCommonMixStream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["CommonMixInputParam"]


@dataclass(kw_only=True)
class CommonMixInputParam(Model):
    """通用混流输入参数。"""

    input_stream_name: str | None | Unset = UNSET
    """输入流名称。80字节以内，仅含字母、数字以及下划线的字符串。
    当LayoutParams.InputType=0(音视频)/4(纯音频)/5(纯视频)时，该值为需要混
    流的流名称。
    当LayoutParams.InputType=2(图片)/3(画布)时，该值仅用作标识输入，可用类
    似Canvas1、Pictrue1的名称。
    Example: ExampleStreamName1
    """

    layout_params: structures.CommonMixLayoutParams | None | Unset = UNSET
    """输入流布局参数。"""

    crop_params: structures.CommonMixCropParams | None | Unset = UNSET
    """输入流裁剪参数。"""

    portrait_segment_params: structures.MixPortraitSegmentParams | None | Unset = UNSET
    """抠图参数。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("InputStreamName", "input_stream_name", "String", required=True),
        Field(
            "LayoutParams",
            "layout_params",
            "..structures.common_mix_layout_params:CommonMixLayoutParams",
            required=True,
        ),
        Field("CropParams", "crop_params", "..structures.common_mix_crop_params:CommonMixCropParams"),
        Field(
            "PortraitSegmentParams",
            "portrait_segment_params",
            "..structures.mix_portrait_segment_params:MixPortraitSegmentParams",
        ),
    )
