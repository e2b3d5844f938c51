"""Request and response of DescribeLiveWatermark (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveWatermarkRequest", "DescribeLiveWatermarkResponse"]


@dataclass(kw_only=True)
class DescribeLiveWatermarkRequest(Request["DescribeLiveWatermarkResponse"]):
    """Request of DescribeLiveWatermark.

    获取单个水印信息。
    """

    watermark_id: int
    """DescribeLiveWatermarks接口返回的水印 ID。
    Example: 10001
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("WatermarkId", "watermark_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeLiveWatermark"
    _response: ClassVar[str] = ".describe_live_watermark:DescribeLiveWatermarkResponse"


@dataclass(kw_only=True)
class DescribeLiveWatermarkResponse(Response):
    """Response of DescribeLiveWatermark."""

    watermark: structures.WatermarkInfo | None | Unset = UNSET
    """水印信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定
    位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Watermark", "watermark", "..structures.watermark_info:WatermarkInfo"),
        Field("RequestId", "request_id", "String"),
    )
