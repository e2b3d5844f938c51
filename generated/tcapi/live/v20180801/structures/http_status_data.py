"""The HttpStatusData structure (live 2018-08-01), used by DescribeHttpStatusInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["HttpStatusData"]


@dataclass(kw_only=True)
class HttpStatusData(Model):
    """播放错误码信息"""

    time: str | None | Unset = UNSET
    """数据时间点，
    使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2019-03-01T00:00:00+08:00
    """

    http_status_info_list: list[structures.HttpStatusInfo] | None | Unset = UNSET
    """播放状态码详细信息。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String", format="date-time"),
        Field(
            "HttpStatusInfoList", "http_status_info_list", "..structures.http_status_info:HttpStatusInfo", array=True
        ),
    )
