"""Request and response of DescribeLiveWatermarks (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveWatermarksRequest", "DescribeLiveWatermarksResponse"]


@dataclass(kw_only=True)
class DescribeLiveWatermarksRequest(Request["DescribeLiveWatermarksResponse"]):
    """Request of DescribeLiveWatermarks.

    查询水印列表。
    """

    name: str | Unset = UNSET
    """水印名称
    Example: watermaker
    """

    page_no: int | Unset = UNSET
    """分页的索引参数，从1开始
    Example: 1
    """

    page_size: int | Unset = UNSET
    """分页的大小参数，默认值500
    Example: 10
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Name", "name", "String"),
        Field("PageNo", "page_no", "Integer"),
        Field("PageSize", "page_size", "Integer"),
    )

    _action: ClassVar[str] = "DescribeLiveWatermarks"
    _response: ClassVar[str] = ".describe_live_watermarks:DescribeLiveWatermarksResponse"


@dataclass(kw_only=True)
class DescribeLiveWatermarksResponse(Response):
    """Response of DescribeLiveWatermarks."""

    total_num: int | None | Unset = UNSET
    """水印总个数。
    Example: 10
    """

    watermark_list: list[structures.WatermarkInfo] | None | Unset = UNSET
    """水印信息列表。
    Example: 水印信息列表
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TotalNum", "total_num", "Integer"),
        Field("WatermarkList", "watermark_list", "..structures.watermark_info:WatermarkInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
