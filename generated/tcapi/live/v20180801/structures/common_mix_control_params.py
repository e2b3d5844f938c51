"""The CommonMixControlParams structure (live 2018-08-01), used by CreateCommonMixStream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CommonMixControlParams"]


@dataclass(kw_only=True)
class CommonMixControlParams(Model):
    """通用混流控制参数"""

    use_mix_crop_center: int | None | Unset = UNSET
    """取值范围[0,1]。
    填1时，当参数中图层分辨率参数与视频实际分辨率不一致时，自动从视频中按图层设置的分辨率比例进行裁剪。
    Example: 0
    """

    allow_copy: int | None | Unset = UNSET
    """取值范围[0,1]
    填1时，当InputStreamList中个数为1时，且OutputParams.OutputStreamType为1时，不执行取消操
    作，执行拷贝流操作
    Example: 0
    """

    pass_input_sei: int | None | Unset = UNSET
    """取值范围[0,1]
    填1时，透传原始流的sei
    Example: 0
    """

    use_picture_transparent: int | None | Unset = UNSET
    """取值范围[0,1]
    填1时，图片输入中的透明通道生效。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("UseMixCropCenter", "use_mix_crop_center", "Integer", minimum=0, maximum=1),
        Field("AllowCopy", "allow_copy", "Integer", minimum=0, maximum=1),
        Field("PassInputSei", "pass_input_sei", "Integer", minimum=0, maximum=1),
        Field("UsePictureTransparent", "use_picture_transparent", "Integer", minimum=0, maximum=1),
    )
