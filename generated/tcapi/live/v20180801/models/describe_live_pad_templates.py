"""Request and response of DescribeLivePadTemplates (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLivePadTemplatesRequest", "DescribeLivePadTemplatesResponse"]


@dataclass(kw_only=True)
class DescribeLivePadTemplatesRequest(Request["DescribeLivePadTemplatesResponse"]):
    """Request of DescribeLivePadTemplates.

    获取直播垫片模板。
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeLivePadTemplates"
    _response: ClassVar[str] = ".describe_live_pad_templates:DescribeLivePadTemplatesResponse"


@dataclass(kw_only=True)
class DescribeLivePadTemplatesResponse(Response):
    """Response of DescribeLivePadTemplates."""

    templates: list[structures.PadTemplate] | None | Unset = UNSET
    """直播垫片模板信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Templates", "templates", "..structures.pad_template:PadTemplate", array=True),
        Field("RequestId", "request_id", "String"),
    )
