"""The CasterLayoutParam structure (live 2018-08-01), used by AddCasterLayoutInfo, CasterLayoutInfo, DescribeCasterLayoutInfos, ModifyCasterLayoutInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterLayoutParam"]


@dataclass(kw_only=True)
class CasterLayoutParam(Model):
    """导播台布局详细参数。"""

    layer_id: int | None | Unset = UNSET
    """布局层ID。
    在画面最终渲染时，将按ID从小到大的顺序，由下至上渲染。
    Example: 1
    """

    layer_width: float | None | Unset = UNSET
    """布局层宽度。单位为百分比，范围[0.0,1.0]，表示该层在最终画面上所占的比例值。
    Example: 1.0
    """

    layer_height: float | None | Unset = UNSET
    """布局层高度。单位为百分比，范围[0.0,1.0]， 表示该层在最终画面上所占的比例值。
    Example: 1.0
    """

    layer_location_x: float | None | Unset = UNSET
    """布局层位置x坐标。单位为百分比，范围[0.0,1.0]，表示该层在最终画面上x坐标所占的比例值。
    Example: 0.0
    """

    layer_location_y: float | None | Unset = UNSET
    """布局层位置Y坐标。单位为百分比，范围[0.0,1.0]， 表示该层在最终画面Y坐标上所占的比例值。
    Example: 0.0
    """

    use_portrait_segment: bool | None | Unset = UNSET
    """是否启用抠图。
    Example: False
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LayerId", "layer_id", "Integer", required=True),
        Field("LayerWidth", "layer_width", "Float", required=True, minimum=0, maximum=1),
        Field("LayerHeight", "layer_height", "Float", required=True, minimum=0, maximum=1),
        Field("LayerLocationX", "layer_location_x", "Float", required=True, minimum=0, maximum=1),
        Field("LayerLocationY", "layer_location_y", "Float", required=True, minimum=0, maximum=1),
        Field("UsePortraitSegment", "use_portrait_segment", "Boolean"),
    )
