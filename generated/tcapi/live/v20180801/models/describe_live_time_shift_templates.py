"""Request and response of DescribeLiveTimeShiftTemplates (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTimeShiftTemplatesRequest", "DescribeLiveTimeShiftTemplatesResponse"]


@dataclass(kw_only=True)
class DescribeLiveTimeShiftTemplatesRequest(Request["DescribeLiveTimeShiftTemplatesResponse"]):
    """Request of DescribeLiveTimeShiftTemplates.

    获取直播时移模板。
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeLiveTimeShiftTemplates"
    _response: ClassVar[str] = ".describe_live_time_shift_templates:DescribeLiveTimeShiftTemplatesResponse"


@dataclass(kw_only=True)
class DescribeLiveTimeShiftTemplatesResponse(Response):
    """Response of DescribeLiveTimeShiftTemplates."""

    templates: list[structures.TimeShiftTemplate] | None | Unset = UNSET
    """直播时移模板信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Templates", "templates", "..structures.time_shift_template:TimeShiftTemplate", array=True),
        Field("RequestId", "request_id", "String"),
    )
