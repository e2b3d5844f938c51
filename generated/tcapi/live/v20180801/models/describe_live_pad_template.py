"""Request and response of DescribeLivePadTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLivePadTemplateRequest", "DescribeLivePadTemplateResponse"]


@dataclass(kw_only=True)
class DescribeLivePadTemplateRequest(Request["DescribeLivePadTemplateResponse"]):
    """Request of DescribeLivePadTemplate.

    获取单个直播垫片模板
    """

    template_id: int
    """模板id。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeLivePadTemplate"
    _response: ClassVar[str] = ".describe_live_pad_template:DescribeLivePadTemplateResponse"


@dataclass(kw_only=True)
class DescribeLivePadTemplateResponse(Response):
    """Response of DescribeLivePadTemplate."""

    template: structures.PadTemplate | None | Unset = UNSET
    """直播垫片模板信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位
    问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Template", "template", "..structures.pad_template:PadTemplate"),
        Field("RequestId", "request_id", "String"),
    )
