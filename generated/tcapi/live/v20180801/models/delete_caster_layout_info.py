"""Request and response of DeleteCasterLayoutInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteCasterLayoutInfoRequest", "DeleteCasterLayoutInfoResponse"]


@dataclass(kw_only=True)
class DeleteCasterLayoutInfoRequest(Request["DeleteCasterLayoutInfoResponse"]):
    """Request of DeleteCasterLayoutInfo.

    该接口用来将布局信息从导播台中删除
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    layout_index: int
    """要删除的布局Index。
    注：待删除的Index对应的布局需存在。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("LayoutIndex", "layout_index", "Integer", required=True),
    )

    _action: ClassVar[str] = "DeleteCasterLayoutInfo"
    _response: ClassVar[str] = ".delete_caster_layout_info:DeleteCasterLayoutInfoResponse"


@dataclass(kw_only=True)
class DeleteCasterLayoutInfoResponse(Response):
    """Response of DeleteCasterLayoutInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
