"""The WatermarkInfo structure (live 2018-08-01), used by DescribeLiveWatermark, DescribeLiveWatermarks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["WatermarkInfo"]


@dataclass(kw_only=True)
class WatermarkInfo(Model):
    """水印信息。"""

    watermark_id: int | None | Unset = UNSET
    """水印 ID。
    Example: 45621
    """

    picture_url: str | None | Unset = UNSET
    """水印图片 URL。
    Example: http://picture.com.url
    """

    x_position: int | None | Unset = UNSET
    """显示位置，X 轴偏移。
    Example: 45
    """

    y_position: int | None | Unset = UNSET
    """显示位置，Y 轴偏移。
    Example: 25
    """

    watermark_name: str | None | Unset = UNSET
    """水印名称。
    Example: watername
    """

    status: int | None | Unset = UNSET
    """当前状态。0：未使用，1:使用中。
    Example: 0
    """

    create_time: str | None | Unset = UNSET
    """添加时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-04-17 11:55:21
    """

    width: int | None | Unset = UNSET
    """水印宽。
    Example: 54
    """

    height: int | None | Unset = UNSET
    """水印高。
    Example: 52
    """

    background_width: int | None | Unset = UNSET
    """背景水印宽。
    Example: 65
    """

    background_height: int | None | Unset = UNSET
    """背景水印高。
    Example: 56
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("WatermarkId", "watermark_id", "Integer"),
        Field("PictureUrl", "picture_url", "String"),
        Field("XPosition", "x_position", "Integer"),
        Field("YPosition", "y_position", "Integer"),
        Field("WatermarkName", "watermark_name", "String"),
        Field("Status", "status", "Integer", enum=(0, 1)),
        Field("CreateTime", "create_time", "String"),
        Field("Width", "width", "Integer"),
        Field("Height", "height", "Integer"),
        Field("BackgroundWidth", "background_width", "Integer"),
        Field("BackgroundHeight", "background_height", "Integer"),
    )
