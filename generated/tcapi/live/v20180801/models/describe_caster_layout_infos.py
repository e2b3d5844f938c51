"""Request and response of DescribeCasterLayoutInfos (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCasterLayoutInfosRequest", "DescribeCasterLayoutInfosResponse"]


@dataclass(kw_only=True)
class DescribeCasterLayoutInfosRequest(Request["DescribeCasterLayoutInfosResponse"]):
    """Request of DescribeCasterLayoutInfos.

    该接口用来查询某个导播台的布局列表
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeCasterLayoutInfos"
    _response: ClassVar[str] = ".describe_caster_layout_infos:DescribeCasterLayoutInfosResponse"


@dataclass(kw_only=True)
class DescribeCasterLayoutInfosResponse(Response):
    """Response of DescribeCasterLayoutInfos."""

    layout_infos: list[structures.CasterLayoutInfo] | None | Unset = UNSET
    """导播台的布局列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LayoutInfos", "layout_infos", "..structures.caster_layout_info:CasterLayoutInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
