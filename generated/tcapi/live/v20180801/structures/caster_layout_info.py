"""The CasterLayoutInfo structure (live 2018-08-01), used by AddCasterLayoutInfo, DescribeCasterLayoutInfos, ModifyCasterLayoutInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["CasterLayoutInfo"]


@dataclass(kw_only=True)
class CasterLayoutInfo(Model):
    """导播台布局参数。"""

    layout_index: int | None | Unset = UNSET
    """布局Index。
    Example: 1
    """

    layout_template_id: int | None | Unset = UNSET
    """布局模板Id。
    有效值[1，20，21，31，32，41]
    当使用布局模版时，无需LayoutParams参数，导播台将使用模版布局参数。
    Example: 21
    """

    input_index_list: str | None | Unset = UNSET
    """布局绑定的输入列表。按布局LayerId从小到大，按顺序排列。
    已有两个画面的布局为例，输入1对应LayerId为1，输入2对应的LayerId为2，该字段应该填
    入"1|2"。
    Example: 1|2
    """

    layout_params: list[structures.CasterLayoutParam] | None | Unset = UNSET
    """详细的布局参数列表。
    Example: 1
    """

    layout_width: int | None | Unset = UNSET
    """布局输出的宽度，单位为像素。
    默认为1280像素。
    注：该值仅在画中画布局，且未设置PgmWidth时生效。
    Example: 1080
    """

    layout_height: int | None | Unset = UNSET
    """布局输出的高度，单位为像素。
    注：该参数仅在画中画布局，且未设置PgmHeight时生效。
    Example: 1920
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LayoutIndex", "layout_index", "Integer", required=True),
        Field("LayoutTemplateId", "layout_template_id", "Integer"),
        Field("InputIndexList", "input_index_list", "String"),
        Field("LayoutParams", "layout_params", "..structures.caster_layout_param:CasterLayoutParam", array=True),
        Field("LayoutWidth", "layout_width", "Integer"),
        Field("LayoutHeight", "layout_height", "Integer"),
    )
