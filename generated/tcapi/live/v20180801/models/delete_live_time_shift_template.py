"""Request and response of DeleteLiveTimeShiftTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveTimeShiftTemplateRequest", "DeleteLiveTimeShiftTemplateResponse"]


@dataclass(kw_only=True)
class DeleteLiveTimeShiftTemplateRequest(Request["DeleteLiveTimeShiftTemplateResponse"]):
    """Request of DeleteLiveTimeShiftTemplate.

    删除直播时移模板。
    """

    template_id: int
    """模板 ID。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DeleteLiveTimeShiftTemplate"
    _response: ClassVar[str] = ".delete_live_time_shift_template:DeleteLiveTimeShiftTemplateResponse"


@dataclass(kw_only=True)
class DeleteLiveTimeShiftTemplateResponse(Response):
    """Response of DeleteLiveTimeShiftTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
