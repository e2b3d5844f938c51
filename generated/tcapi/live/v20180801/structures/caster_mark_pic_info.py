"""The CasterMarkPicInfo structure (live 2018-08-01), used by AddCasterMarkPicInfo, DescribeCasterMarkPicInfos, ModifyCasterMarkPicInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterMarkPicInfo"]


@dataclass(kw_only=True)
class CasterMarkPicInfo(Model):
    """导播台水印信息。"""

    mark_pic_index: int | None | Unset = UNSET
    """水印图片Index。
    Example: 1
    """

    mark_pic_id: int | None | Unset = UNSET
    """注：该字段已废弃。
    Example: 0
    """

    mark_pic_width: float | None | Unset = UNSET
    """水印图片在输出时的宽度。
    当该值为大于1的整数值时，单位为像素，允许范围[1,1920]。
    当该值为小于1大于0的小数时，单位为百分比，表示水印在最终画面上所占的比例值。
    Example: 1.0
    """

    mark_pic_height: float | None | Unset = UNSET
    """水印图片在输出时的高度。
    当该值为大于1的整数值时，单位为像素，允许范围[1,1080]。
    当该值为小于1大于0的小数时，单位为百分比，表示水印在输出上所占的比例值。
    Example: 1.0
    """

    mark_pic_location_x: float | None | Unset = UNSET
    """水印图片在输出时的X轴坐标。
    当该值为大于1的整数值时，单位为像素，允许范围[1,1920]。
    当该值为小于1大于0的小数时，单位为百分比，表示水印在最终画面上x坐标所占的比例值。
    Example: 0.5
    """

    mark_pic_location_y: float | None | Unset = UNSET
    """水印图片在输出时的Y坐标。
    当该值为大于1的整数值时，单位为像素，允许范围[1,1080]。
    当该值为小于1大于0的小数时，单位为百分比，表示水印在最终画面Y坐标上所占的比例值。
    Example: 0.5
    """

    mark_pic_url: str | None | Unset = UNSET
    """水印地址。
    最大长度256字符，且url需以jpg、jpeg、png、bmp、gif后缀结尾。
    Example: http://www.example.com/pic.jpg
    """

    description: str | None | Unset = UNSET
    """水印描述。
    最大允许长度为256。
    Example: example
    """

    is_equal_proportion: bool | None | Unset = UNSET
    """是否启用了等比例缩放。
    注：该字段仅做状态保存，无实际效果。
    Example: true
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MarkPicIndex", "mark_pic_index", "Integer", required=True),
        Field("MarkPicId", "mark_pic_id", "Integer"),
        Field("MarkPicWidth", "mark_pic_width", "Float"),
        Field("MarkPicHeight", "mark_pic_height", "Float"),
        Field("MarkPicLocationX", "mark_pic_location_x", "Float"),
        Field("MarkPicLocationY", "mark_pic_location_y", "Float"),
        Field("MarkPicUrl", "mark_pic_url", "String"),
        Field("Description", "description", "String"),
        Field("IsEqualProportion", "is_equal_proportion", "Boolean"),
    )
