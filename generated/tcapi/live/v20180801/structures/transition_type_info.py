"""The TransitionTypeInfo structure (live 2018-08-01), used by DescribeCasterTransitionTypes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TransitionTypeInfo"]


@dataclass(kw_only=True)
class TransitionTypeInfo(Model):
    """转场信息"""

    transition_type: str | None | Unset = UNSET
    """转场名称
    Example: heart
    """

    source_url: str | None | Unset = UNSET
    """素材url
    Example: http://www.example.com/url/example
    """

    index: int | None | Unset = UNSET
    """转场的下标，可用来排序，从1开始递增
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TransitionType", "transition_type", "String"),
        Field("SourceUrl", "source_url", "String"),
        Field("Index", "index", "Integer"),
    )
