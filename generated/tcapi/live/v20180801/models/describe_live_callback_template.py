"""Request and response of DescribeLiveCallbackTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveCallbackTemplateRequest", "DescribeLiveCallbackTemplateResponse"]


@dataclass(kw_only=True)
class DescribeLiveCallbackTemplateRequest(Request["DescribeLiveCallbackTemplateResponse"]):
    """Request of DescribeLiveCallbackTemplate.

    获取单个回调模板。
    """

    template_id: int
    """模板 ID。
    1. 在创建回调模板接口 CreateLiveCallbackTemplate 调用的返回值中获取模板 ID。
    2. 可以从接口 DescribeLiveCallbackTemplates 查询已经创建的过的模板列表。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeLiveCallbackTemplate"
    _response: ClassVar[str] = ".describe_live_callback_template:DescribeLiveCallbackTemplateResponse"


@dataclass(kw_only=True)
class DescribeLiveCallbackTemplateResponse(Response):
    """Response of DescribeLiveCallbackTemplate."""

    template: structures.CallBackTemplateInfo | None | Unset = UNSET
    """回调模板信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Template", "template", "..structures.call_back_template_info:CallBackTemplateInfo"),
        Field("RequestId", "request_id", "String"),
    )
