"""The MixPortraitSegmentParams structure (live 2018-08-01), used by CommonMixInputParam, CreateCommonMixStream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["MixPortraitSegmentParams"]


@dataclass(kw_only=True)
class MixPortraitSegmentParams(Model):
    """混流抠图参数"""

    color: str | None | Unset = UNSET
    """抠图背景颜色，
    常用的颜色有：
    红色：0xcc0033。
    黄色：0xcc9900。
    绿色：0xcccc33。
    蓝色：0x99CCFF。
    黑色：0x000000。
    白色：0xFFFFFF。
    灰色：0x999999。
    Example: 0xcccc33
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("Color", "color", "String"),)
