"""Request and response of DeleteLiveWatermark (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveWatermarkRequest", "DeleteLiveWatermarkResponse"]


@dataclass(kw_only=True)
class DeleteLiveWatermarkRequest(Request["DeleteLiveWatermarkResponse"]):
    """Request of DeleteLiveWatermark.

    删除水印。
    """

    watermark_id: int
    """水印 ID。
    在添加水印接口 AddLiveWatermark 调用返回值中获取水印 ID。
    或DescribeLiveWatermarks接口返回的水印ID。
    Example: 43527
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("WatermarkId", "watermark_id", "Integer", required=True),)

    _action: ClassVar[str] = "DeleteLiveWatermark"
    _response: ClassVar[str] = ".delete_live_watermark:DeleteLiveWatermarkResponse"


@dataclass(kw_only=True)
class DeleteLiveWatermarkResponse(Response):
    """Response of DeleteLiveWatermark."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
