"""Request and response of DescribeLiveCallbackTemplates (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveCallbackTemplatesRequest", "DescribeLiveCallbackTemplatesResponse"]


@dataclass(kw_only=True)
class DescribeLiveCallbackTemplatesRequest(Request["DescribeLiveCallbackTemplatesResponse"]):
    """Request of DescribeLiveCallbackTemplates.

    获取回调模板列表
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeLiveCallbackTemplates"
    _response: ClassVar[str] = ".describe_live_callback_templates:DescribeLiveCallbackTemplatesResponse"


@dataclass(kw_only=True)
class DescribeLiveCallbackTemplatesResponse(Response):
    """Response of DescribeLiveCallbackTemplates."""

    templates: list[structures.CallBackTemplateInfo] | None | Unset = UNSET
    """模板信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Templates", "templates", "..structures.call_back_template_info:CallBackTemplateInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
