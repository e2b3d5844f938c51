"""Request and response of DeleteLiveRecordTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveRecordTemplateRequest", "DeleteLiveRecordTemplateResponse"]


@dataclass(kw_only=True)
class DeleteLiveRecordTemplateRequest(Request["DeleteLiveRecordTemplateResponse"]):
    """Request of DeleteLiveRecordTemplate.

    删除录制模板。
    """

    template_id: int
    """DescribeRecordTemplates接口获取到的模板 ID。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DeleteLiveRecordTemplate"
    _response: ClassVar[str] = ".delete_live_record_template:DeleteLiveRecordTemplateResponse"


@dataclass(kw_only=True)
class DeleteLiveRecordTemplateResponse(Response):
    """Response of DeleteLiveRecordTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
