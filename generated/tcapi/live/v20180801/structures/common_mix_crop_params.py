"""The CommonMixCropParams structure (live 2018-08-01), used by CommonMixInputParam, CreateCommonMixStream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CommonMixCropParams"]


@dataclass(kw_only=True)
class CommonMixCropParams(Model):
    """通用混流输入裁剪参数。"""

    crop_width: float | None | Unset = UNSET
    """裁剪的宽度。取值范围[0，2000]。
    Example: 0
    """

    crop_height: float | None | Unset = UNSET
    """裁剪的高度。取值范围[0，2000]。
    Example: 0
    """

    crop_start_location_x: float | None | Unset = UNSET
    """裁剪的起始X坐标。取值范围[0，2000]。
    Example: 0
    """

    crop_start_location_y: float | None | Unset = UNSET
    """裁剪的起始Y坐标。取值范围[0，2000]。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CropWidth", "crop_width", "Float", minimum=0, maximum=2000),
        Field("CropHeight", "crop_height", "Float", minimum=0, maximum=2000),
        Field("CropStartLocationX", "crop_start_location_x", "Float", minimum=0, maximum=2000),
        Field("CropStartLocationY", "crop_start_location_y", "Float", minimum=0, maximum=2000),
    )
