"""The DayStreamPlayInfo structure (live 2018-08-01), used by DescribeStreamPlayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["DayStreamPlayInfo"]


@dataclass(kw_only=True)
class DayStreamPlayInfo(Model):
    """流播放信息"""

    time: str | None | Unset = UNSET
    """数据时间点，接口返回支持两种时间格式：
    1）YYYY-MM-DDThh:mm:ssZ：UTC时间格式，详见ISO日期格式说明文档:
    https://cloud.tencent.com/document/product/266/11732#I
    2）yyyy-MM-dd HH:mm:ss：使用此格式时，默认代表北京时间。
    接口返回的时间格式和查询请求传入的时间格式一致。
    Example: 2019-01-08T10:00:00Z
    """

    bandwidth: float | None | Unset = UNSET
    """带宽（单位Mbps）。
    Example: 1.0
    """

    flux: float | None | Unset = UNSET
    """流量 （单位MB）。
    Example: 1.0
    """

    request: int | None | Unset = UNSET
    """请求数。
    Example: 1
    """

    online: int | None | Unset = UNSET
    """在线人数。当前后端接口数据的统计方式与客户端侧不同，该数据仅供参考，具体数据请以业务客户端侧统计数据为准。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String"),
        Field("Bandwidth", "bandwidth", "Float"),
        Field("Flux", "flux", "Float"),
        Field("Request", "request", "Integer"),
        Field("Online", "online", "Integer"),
    )
