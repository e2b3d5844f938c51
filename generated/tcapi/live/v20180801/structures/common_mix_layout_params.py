"""The CommonMixLayoutParams structure (live 2018-08-01), used by CommonMixInputParam, CreateCommonMixStream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CommonMixLayoutParams"]


@dataclass(kw_only=True)
class CommonMixLayoutParams(Model):
    """通用混流布局参数。"""

    image_layer: int | None | Unset = UNSET
    """输入图层。取值范围[1，16]。
    1)背景流（即大主播画面或画布）的 image_layer 填1。
    2)纯音频混流，该参数也需填。
    注意：不同输入，该值不可重复
    Example: 1
    """

    input_type: int | None | Unset = UNSET
    """输入类型。取值范围[0，5]。
    不填默认为0。
    0表示输入流为音视频。
    2表示输入流为图片。
    3表示输入流为画布。
    4表示输入流为音频。
    5表示输入流为纯视频。
    Example: 0
    """

    image_height: float | None | Unset = UNSET
    """输入画面在输出时的高度。取值范围：
    像素：[0，2000]
    百分比：[0.01，0.99]
    不填默认为输入流的高度。
    使用百分比时，期望输出为（百分比 * 背景高）。
    Example: 720
    """

    image_width: float | None | Unset = UNSET
    """输入画面在输出时的宽度。取值范围：
    像素：[0，2000]
    百分比：[0.01，0.99]
    不填默认为输入流的宽度。
    使用百分比时，期望输出为（百分比 * 背景宽）。
    Example: 1024
    """

    location_x: float | None | Unset = UNSET
    """输入在输出画面的X偏移。取值范围：
    像素：[0，2000]
    百分比：[0.01，0.99]
    不填默认为0。
    相对于大主播背景画面左上角的横向偏移。
    使用百分比时，期望输出为（百分比 * 背景宽）。
    Example: 0
    """

    location_y: float | None | Unset = UNSET
    """输入在输出画面的Y偏移。取值范围：
    像素：[0，2000]
    百分比：[0.01，0.99]
    不填默认为0。
    相对于大主播背景画面左上角的纵向偏移。
    使用百分比时，期望输出为（百分比 * 背景宽）
    Example: 0
    """

    color: str | None | Unset = UNSET
    """当InputType为3(画布)时，该值表示画布的颜色。
    常用的颜色有：
    红色：0xCC0033。
    黄色：0xCC9900。
    绿色：0xCCCC33。
    蓝色：0x99CCFF。
    黑色：0x000000。
    白色：0xFFFFFF。
    灰色：0x999999。
    Example: 0xFFFFFF
    """

    watermark_id: int | None | Unset = UNSET
    """当InputType为2(图片)时，该值是水印ID。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("ImageLayer", "image_layer", "Integer", required=True, minimum=1, maximum=16),
        Field("InputType", "input_type", "Integer", minimum=0, maximum=5),
        Field("ImageHeight", "image_height", "Float"),
        Field("ImageWidth", "image_width", "Float"),
        Field("LocationX", "location_x", "Float"),
        Field("LocationY", "location_y", "Float"),
        Field("Color", "color", "String"),
        Field("WatermarkId", "watermark_id", "Integer"),
    )
