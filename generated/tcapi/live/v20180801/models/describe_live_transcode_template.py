"""Request and response of DescribeLiveTranscodeTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTranscodeTemplateRequest", "DescribeLiveTranscodeTemplateResponse"]


@dataclass(kw_only=True)
class DescribeLiveTranscodeTemplateRequest(Request["DescribeLiveTranscodeTemplateResponse"]):
    """Request of DescribeLiveTranscodeTemplate.

    获取单个转码模板。
    """

    template_id: int
    """模板 ID。
    注意：在创建转码模板接口 CreateLiveTranscodeTemplate 调用的返回值中获取模板 ID。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeLiveTranscodeTemplate"
    _response: ClassVar[str] = ".describe_live_transcode_template:DescribeLiveTranscodeTemplateResponse"


@dataclass(kw_only=True)
class DescribeLiveTranscodeTemplateResponse(Response):
    """Response of DescribeLiveTranscodeTemplate."""

    template: structures.TemplateInfo | None | Unset = UNSET
    """模板信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位
    问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Template", "template", "..structures.template_info:TemplateInfo"),
        Field("RequestId", "request_id", "String"),
    )
