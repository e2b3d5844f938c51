"""Request and response of UpdateLiveWatermark (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["UpdateLiveWatermarkRequest", "UpdateLiveWatermarkResponse"]


@dataclass(kw_only=True)
class UpdateLiveWatermarkRequest(Request["UpdateLiveWatermarkResponse"]):
    """Request of UpdateLiveWatermark.

    更新水印。
    """

    watermark_id: int
    """水印 ID。
    在添加水印接口 AddLiveWatermark 调用返回值中获取水印 ID。
    Example: 452356
    """

    picture_url: str
    """水印图片 URL。
    URL中禁止包含的字符：
    ;(){}$>`#"'|
    Example: http://watermark-10005041.cos.myqcloud.com/1251830167/watermark_img_Alogo.png
    """

    x_position: int
    """显示位置，X轴偏移，单位是百分比，默认 0。
    Example: 80
    """

    y_position: int
    """显示位置，Y轴偏移，单位是百分比，默认 0。
    Example: 10
    """

    watermark_name: str | Unset = UNSET
    """水印名称。
    最长30字节。
    Example: logo
    """

    width: int | Unset = UNSET
    """水印宽度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始宽度。
    Example: 100
    """

    height: int | Unset = UNSET
    """水印高度，占直播原始画面宽度百分比，建议高宽只设置一项，另外一项会自适应缩放，避免变形。默认原始高度。
    Example: 100
    """

    background_width: int | Unset = UNSET
    """背景水印宽度。默认宽度1920。
    Example: 1920
    """

    background_height: int | Unset = UNSET
    """背景水印高度。默认高度1080。
    Example: 1080
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("WatermarkId", "watermark_id", "Integer", required=True),
        Field("PictureUrl", "picture_url", "String", required=True),
        Field("XPosition", "x_position", "Integer", required=True),
        Field("YPosition", "y_position", "Integer", required=True),
        Field("WatermarkName", "watermark_name", "String", max_length=30),
        Field("Width", "width", "Integer"),
        Field("Height", "height", "Integer"),
        Field("BackgroundWidth", "background_width", "Integer"),
        Field("BackgroundHeight", "background_height", "Integer"),
    )

    _action: ClassVar[str] = "UpdateLiveWatermark"
    _response: ClassVar[str] = ".update_live_watermark:UpdateLiveWatermarkResponse"


@dataclass(kw_only=True)
class UpdateLiveWatermarkResponse(Response):
    """Response of UpdateLiveWatermark."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
