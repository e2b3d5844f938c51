"""Request and response of AddCasterLayoutInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["AddCasterLayoutInfoRequest", "AddCasterLayoutInfoResponse"]


@dataclass(kw_only=True)
class AddCasterLayoutInfoRequest(Request["AddCasterLayoutInfoResponse"]):
    """Request of AddCasterLayoutInfo.

    该接口用来增加导播台的布局参数。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    layout_info: structures.CasterLayoutInfo
    """导播台布局参数信息。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("LayoutInfo", "layout_info", "..structures.caster_layout_info:CasterLayoutInfo", required=True),
    )

    _action: ClassVar[str] = "AddCasterLayoutInfo"
    _response: ClassVar[str] = ".add_caster_layout_info:AddCasterLayoutInfoResponse"


@dataclass(kw_only=True)
class AddCasterLayoutInfoResponse(Response):
    """Response of AddCasterLayoutInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
