"""Request and response of DescribeCasterTransitionTypes (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCasterTransitionTypesRequest", "DescribeCasterTransitionTypesResponse"]


@dataclass(kw_only=True)
class DescribeCasterTransitionTypesRequest(Request["DescribeCasterTransitionTypesResponse"]):
    """Request of DescribeCasterTransitionTypes.

    该接口用来获取所有的转场名称及其对应的素材url。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeCasterTransitionTypes"
    _response: ClassVar[str] = ".describe_caster_transition_types:DescribeCasterTransitionTypesResponse"


@dataclass(kw_only=True)
class DescribeCasterTransitionTypesResponse(Response):
    """Response of DescribeCasterTransitionTypes."""

    transition_types: list[structures.TransitionTypeInfo] | None | Unset = UNSET
    """转场信息列表"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field(
            "TransitionTypes", "transition_types", "..structures.transition_type_info:TransitionTypeInfo", array=True
        ),
        Field("RequestId", "request_id", "String"),
    )
