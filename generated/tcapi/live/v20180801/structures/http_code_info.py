"""The HttpCodeInfo structure (live 2018-08-01), used by DescribePlayErrorCodeDetailInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["HttpCodeInfo"]


@dataclass(kw_only=True)
class HttpCodeInfo(Model):
    """HTTP返回码和统计数据"""

    http_code: str | None | Unset = UNSET
    """HTTP协议返回码。
    例："2xx", "3xx", "4xx", "5xx"。
    Example: 3xx
    """

    value_list: list[structures.HttpCodeValue] | None | Unset = UNSET
    """统计信息，对于无数据的时间点，会补0。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("HttpCode", "http_code", "String"),
        Field("ValueList", "value_list", "..structures.http_code_value:HttpCodeValue", array=True),
    )
