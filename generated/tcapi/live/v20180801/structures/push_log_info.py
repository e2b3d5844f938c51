"""The PushLogInfo structure (live 2018-08-01), used by DescribeDeliverLogDownList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PushLogInfo"]


@dataclass(kw_only=True)
class PushLogInfo(Model):
    """推流域名日志信息。"""

    log_name: str | None | Unset = UNSET
    """日志名称。
    Example: pushlog-xxx
    """

    log_url: str | None | Unset = UNSET
    """日志下载地址。
    Example: https://livelog-down.cdn.qcloud.com/20220804/11/202208041125-pul
    """

    log_time: str | None | Unset = UNSET
    """日志时间。UTC 格式，例如：2018-11-29T19:00:00Z。
    注意：
    1. 北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2022-02-09T12:36:42Z
    """

    file_size: int | None | Unset = UNSET
    """文件大小，单位字节。
    Example: 1222
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LogName", "log_name", "String"),
        Field("LogUrl", "log_url", "String"),
        Field("LogTime", "log_time", "String", format="date-time"),
        Field("FileSize", "file_size", "Integer"),
    )
