"""The HttpCodeInfo structure (live 2018-08-01), used by DescribePlayErrorCodeDetailInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

if TYPE_CHECKING:
    from .http_code_value import HttpCodeValue


@dataclass(kw_only=True)
class HttpCodeInfo(Model):
    """HTTP返回码和统计数据"""

    http_code: str | None | Unset = UNSET
    """HTTP协议返回码。
    例："2xx", "3xx", "4xx", "5xx"。
    Example: 3xx
    """

    value_list: list[HttpCodeValue] | None | Unset = UNSET
    """统计信息，对于无数据的时间点，会补0。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("HttpCode", "http_code", "String"),
        Field("ValueList", "value_list", "..structures.http_code_value:HttpCodeValue", array=True),
    )
