"""The LogInfo structure (live 2018-08-01), used by DescribeLogDownloadList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LogInfo"]


@dataclass(kw_only=True)
class LogInfo(Model):
    """日志url信息。"""

    log_name: str | None | Unset = UNSET
    """日志名称。
    Example: logname
    """

    log_url: str | None | Unset = UNSET
    """日志 URL。
    Example: http://abc.ab.com
    """

    log_time: str | None | Unset = UNSET
    """日志生成时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-04-17 11:55:21
    """

    file_size: int | None | Unset = UNSET
    """文件大小。
    Example: 10000
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LogName", "log_name", "String"),
        Field("LogUrl", "log_url", "String"),
        Field("LogTime", "log_time", "String"),
        Field("FileSize", "file_size", "Integer"),
    )
