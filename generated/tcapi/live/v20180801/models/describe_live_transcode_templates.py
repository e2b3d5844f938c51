"""Request and response of DescribeLiveTranscodeTemplates (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTranscodeTemplatesRequest", "DescribeLiveTranscodeTemplatesResponse"]


@dataclass(kw_only=True)
class DescribeLiveTranscodeTemplatesRequest(Request["DescribeLiveTranscodeTemplatesResponse"]):
    """Request of DescribeLiveTranscodeTemplates.

    获取转码模板列表。
    """

    template_type: Literal[0, 1] | Unset = UNSET
    """转码模板类型，默认0。
    0：普通转码模板。
    1：自适应码率转码模板。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateType", "template_type", "Integer", enum=(0, 1)),)

    _action: ClassVar[str] = "DescribeLiveTranscodeTemplates"
    _response: ClassVar[str] = ".describe_live_transcode_templates:DescribeLiveTranscodeTemplatesResponse"


@dataclass(kw_only=True)
class DescribeLiveTranscodeTemplatesResponse(Response):
    """Response of DescribeLiveTranscodeTemplates."""

    templates: list[structures.TemplateInfo] | None | Unset = UNSET
    """转码模板列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Templates", "templates", "..structures.template_info:TemplateInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
