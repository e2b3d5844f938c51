"""The HttpStatusInfo structure (live 2018-08-01), used by DescribeHttpStatusInfoList, HttpStatusData."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["HttpStatusInfo"]


@dataclass(kw_only=True)
class HttpStatusInfo(Model):
    """播放错误码信息"""

    http_status: str | None | Unset = UNSET
    """播放HTTP状态码。
    Example: 200
    """

    num: int | None | Unset = UNSET
    """个数。
    Example: 50
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("HttpStatus", "http_status", "String"),
        Field("Num", "num", "Integer"),
    )
