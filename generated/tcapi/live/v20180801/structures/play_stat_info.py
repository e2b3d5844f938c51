"""The PlayStatInfo structure (live 2018-08-01), used by DescribeProvinceIspPlayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PlayStatInfo"]


@dataclass(kw_only=True)
class PlayStatInfo(Model):
    """按省份运营商查询的播放信息。"""

    time: str | None | Unset = UNSET
    """数据时间点。
    Example: 2019-02-01T00:00:00+08:00
    """

    value: float | None | Unset = UNSET
    """带宽/流量/请求数/并发连接数/下载速度的值，若没数据返回时该值为0。
    Example: 500.0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("Value", "value", "Float"),
    )
