"""Request and response of DescribeLiveRecordTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveRecordTemplateRequest", "DescribeLiveRecordTemplateResponse"]


@dataclass(kw_only=True)
class DescribeLiveRecordTemplateRequest(Request["DescribeLiveRecordTemplateResponse"]):
    """Request of DescribeLiveRecordTemplate.

    获取单个录制模板。
    """

    template_id: int
    """DescribeLiveRecordTemplates接口获取到的模板 ID。
    Example: 10000
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeLiveRecordTemplate"
    _response: ClassVar[str] = ".describe_live_record_template:DescribeLiveRecordTemplateResponse"


@dataclass(kw_only=True)
class DescribeLiveRecordTemplateResponse(Response):
    """Response of DescribeLiveRecordTemplate."""

    template: structures.RecordTemplateInfo | None | Unset = UNSET
    """录制模板信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Template", "template", "..structures.record_template_info:RecordTemplateInfo"),
        Field("RequestId", "request_id", "String"),
    )
