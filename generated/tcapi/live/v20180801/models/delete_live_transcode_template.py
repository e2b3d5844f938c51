"""Request and response of DeleteLiveTranscodeTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveTranscodeTemplateRequest", "DeleteLiveTranscodeTemplateResponse"]


@dataclass(kw_only=True)
class DeleteLiveTranscodeTemplateRequest(Request["DeleteLiveTranscodeTemplateResponse"]):
    """Request of DeleteLiveTranscodeTemplate.

    删除转码模板。
    """

    template_id: int
    """模板 ID。
    1. 在创建转码模板接口 CreateLiveTranscodeTemplate 调用的返回值中获取模板 ID。
    2. 可以从接口 DescribeLiveTranscodeTemplates 查询已经创建过的模板列表。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DeleteLiveTranscodeTemplate"
    _response: ClassVar[str] = ".delete_live_transcode_template:DeleteLiveTranscodeTemplateResponse"


@dataclass(kw_only=True)
class DeleteLiveTranscodeTemplateResponse(Response):
    """Response of DeleteLiveTranscodeTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
