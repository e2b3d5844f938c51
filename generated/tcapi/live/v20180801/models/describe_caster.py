"""Request and response of DescribeCaster (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCasterRequest", "DescribeCasterResponse"]


@dataclass(kw_only=True)
class DescribeCasterRequest(Request["DescribeCasterResponse"]):
    """Request of DescribeCaster.

    查询导播台信息接口，用来查询导播台状态、描述、输出长、宽等信息
    """

    caster_id: int
    """需查询的导播台ID
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeCaster"
    _response: ClassVar[str] = ".describe_caster:DescribeCasterResponse"


@dataclass(kw_only=True)
class DescribeCasterResponse(Response):
    """Response of DescribeCaster."""

    caster_info: structures.CasterInfo | None | Unset = UNSET
    """导播台信息"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题
    时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterInfo", "caster_info", "..structures.caster_info:CasterInfo"),
        Field("RequestId", "request_id", "String"),
    )
