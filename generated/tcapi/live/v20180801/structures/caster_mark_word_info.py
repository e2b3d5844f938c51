"""The CasterMarkWordInfo structure (live 2018-08-01), used by AddCasterMarkWordInfo, DescribeCasterMarkWordInfos, ModifyCasterMarkWordInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterMarkWordInfo"]


@dataclass(kw_only=True)
class CasterMarkWordInfo(Model):
    """导播台文字水印配置。"""

    mark_word_index: int | None | Unset = UNSET
    """文字水印Index。
    Example: 1
    """

    mark_word_text: str | None | Unset = UNSET
    """文字水印内容。
    Example: 示例文字
    """

    mark_word_font_size: int | None | Unset = UNSET
    """文字水印的字号。
    范围[16, 60]
    Example: 12
    """

    mark_word_font_color: str | None | Unset = UNSET
    """文字水印的颜色，值为HEX颜色代码
    Example: 0xffffff
    """

    mark_word_font_type: int | None | Unset = UNSET
    """文字水印的字体类型。
    范围[1,2]。
    1. 宋体
    2. 黑体
    Example: 1
    """

    mark_word_location_x: float | None | Unset = UNSET
    """文字水印的x坐标位置，单位百分比。
    范围[0.0, 1.0]
    Example: 0.1
    """

    mark_word_location_y: float | None | Unset = UNSET
    """文字水印的Y坐标位置，单位百分比。
    范围[0.0, 1.0]
    Example: 0.1
    """

    mark_word_roll_enable: bool | None | Unset = UNSET
    """是否开启文字跑马灯功能。
    默认为false。
    Example: 0
    """

    mark_word_roll_once_time: int | None | Unset = UNSET
    """跑马灯文字显示一遍的时间，单位为秒。
    默认为5s。
    范围[5, 600]。
    Example: 5
    """

    mark_word_roll_direction: int | None | Unset = UNSET
    """跑马灯文字的方向。
    默认值为0。
    范围[0,1]。
    0 从左到右
    1 从右到左
    Example: 0
    """

    mark_word_roll_start_location_x: float | None | Unset = UNSET
    """跑马灯文字显示的起始x坐标，单位百分比。
    范围[0.0, 1.0]
    Example: 0.0
    """

    mark_word_roll_end_location_x: float | None | Unset = UNSET
    """跑马灯文字显示的截止x坐标，单位百分比。
    范围[0.0, 1.0]
    Example: 1.0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MarkWordIndex", "mark_word_index", "Integer", required=True),
        Field("MarkWordText", "mark_word_text", "String"),
        Field("MarkWordFontSize", "mark_word_font_size", "Integer", maximum=60),
        Field("MarkWordFontColor", "mark_word_font_color", "String"),
        Field("MarkWordFontType", "mark_word_font_type", "Integer", minimum=1, maximum=2),
        Field("MarkWordLocationX", "mark_word_location_x", "Float", minimum=0, maximum=1),
        Field("MarkWordLocationY", "mark_word_location_y", "Float", minimum=0, maximum=1),
        Field("MarkWordRollEnable", "mark_word_roll_enable", "Boolean"),
        Field("MarkWordRollOnceTime", "mark_word_roll_once_time", "Integer", minimum=5, maximum=600),
        Field("MarkWordRollDirection", "mark_word_roll_direction", "Integer", minimum=0, maximum=1),
        Field("MarkWordRollStartLocationX", "mark_word_roll_start_location_x", "Float", minimum=0, maximum=1),
        Field("MarkWordRollEndLocationX", "mark_word_roll_end_location_x", "Float", minimum=0, maximum=1),
    )
