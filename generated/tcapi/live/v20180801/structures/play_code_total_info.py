"""The PlayCodeTotalInfo structure (live 2018-08-01), used by DescribePlayErrorCodeSumInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PlayCodeTotalInfo"]


@dataclass(kw_only=True)
class PlayCodeTotalInfo(Model):
    """各状态码的总次数，支持大多数的 HTTP 协议返回码。"""

    code: str | None | Unset = UNSET
    """HTTP code，可选值包括:
    400，403，404，500，502，503，504。
    Example: 200
    """

    num: int | None | Unset = UNSET
    """总次数。
    Example: 11
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Code", "code", "String"),
        Field("Num", "num", "Integer"),
    )
