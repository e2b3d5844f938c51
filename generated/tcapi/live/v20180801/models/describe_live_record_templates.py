"""Request and response of DescribeLiveRecordTemplates (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveRecordTemplatesRequest", "DescribeLiveRecordTemplatesResponse"]


@dataclass(kw_only=True)
class DescribeLiveRecordTemplatesRequest(Request["DescribeLiveRecordTemplatesResponse"]):
    """Request of DescribeLiveRecordTemplates.

    获取录制模板列表。
    """

    is_delay_live: Literal[0, 1] | Unset = UNSET
    """是否属于慢直播模板，默认：0。
    0： 标准直播。
    1：慢直播。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("IsDelayLive", "is_delay_live", "Integer", enum=(0, 1)),)

    _action: ClassVar[str] = "DescribeLiveRecordTemplates"
    _response: ClassVar[str] = ".describe_live_record_templates:DescribeLiveRecordTemplatesResponse"


@dataclass(kw_only=True)
class DescribeLiveRecordTemplatesResponse(Response):
    """Response of DescribeLiveRecordTemplates."""

    templates: list[structures.RecordTemplateInfo] | None | Unset = UNSET
    """录制模板信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Templates", "templates", "..structures.record_template_info:RecordTemplateInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
