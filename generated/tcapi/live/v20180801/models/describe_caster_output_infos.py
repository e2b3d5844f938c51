"""Request and response of DescribeCasterOutputInfos (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCasterOutputInfosRequest", "DescribeCasterOutputInfosResponse"]


@dataclass(kw_only=True)
class DescribeCasterOutputInfosRequest(Request["DescribeCasterOutputInfosResponse"]):
    """Request of DescribeCasterOutputInfos.

    该接口用来查询某个导播台的推流信息列表。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeCasterOutputInfos"
    _response: ClassVar[str] = ".describe_caster_output_infos:DescribeCasterOutputInfosResponse"


@dataclass(kw_only=True)
class DescribeCasterOutputInfosResponse(Response):
    """Response of DescribeCasterOutputInfos."""

    output_infos: list[structures.CasterOutputInfo] | None | Unset = UNSET
    """导播台的推流信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("OutputInfos", "output_infos", "..structures.caster_output_info:CasterOutputInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
