"""Request and response of DeleteLivePadTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLivePadTemplateRequest", "DeleteLivePadTemplateResponse"]


@dataclass(kw_only=True)
class DeleteLivePadTemplateRequest(Request["DeleteLivePadTemplateResponse"]):
    """Request of DeleteLivePadTemplate.

    删除直播垫片模板。
    """

    template_id: int
    """模板 ID。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DeleteLivePadTemplate"
    _response: ClassVar[str] = ".delete_live_pad_template:DeleteLivePadTemplateResponse"


@dataclass(kw_only=True)
class DeleteLivePadTemplateResponse(Response):
    """Response of DeleteLivePadTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
