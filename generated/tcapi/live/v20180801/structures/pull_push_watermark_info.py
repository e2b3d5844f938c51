"""The PullPushWatermarkInfo structure (live 2018-08-01), used by CreateLivePullStreamTask, DescribeLivePullStreamTasks, ModifyLivePullStreamTask, PullStreamTaskInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PullPushWatermarkInfo"]


@dataclass(kw_only=True)
class PullPushWatermarkInfo(Model):
    """云转推水印信息。"""

    picture_url: str | None | Unset = UNSET
    """水印图片 URL。
    URL中禁止包含的字符：
    ;(){}$>`#"'|
    Example: http://xxx.gifshow/pic.jpg
    """

    x_position: int | None | Unset = UNSET
    """显示位置，X轴偏移，单位是百分比，默认 0。
    Example: 0
    """

    y_position: int | None | Unset = UNSET
    """显示位置，Y轴偏移，单位是百分比，默认 0。
    Example: 0
    """

    width: int | None | Unset = UNSET
    """水印宽度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始宽度。
    Example: 100
    """

    height: int | None | Unset = UNSET
    """水印高度，占直播原始画面高度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始高度。
    Example: 100
    """

    location: int | None | Unset = UNSET
    """水印位置，默认 0。
    0：左上角。
    1：右上角。
    2：右下角。
    3：左下角。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PictureUrl", "picture_url", "String", required=True),
        Field("XPosition", "x_position", "Integer", required=True),
        Field("YPosition", "y_position", "Integer", required=True),
        Field("Width", "width", "Integer", required=True),
        Field("Height", "height", "Integer", required=True),
        Field("Location", "location", "Integer", required=True, enum=(0, 1, 2, 3)),
    )
