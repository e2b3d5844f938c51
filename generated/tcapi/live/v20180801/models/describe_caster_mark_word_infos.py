"""Request and response of DescribeCasterMarkWordInfos (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCasterMarkWordInfosRequest", "DescribeCasterMarkWordInfosResponse"]


@dataclass(kw_only=True)
class DescribeCasterMarkWordInfosRequest(Request["DescribeCasterMarkWordInfosResponse"]):
    """Request of DescribeCasterMarkWordInfos.

    该接口用来查询某个导播台的文本列表。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeCasterMarkWordInfos"
    _response: ClassVar[str] = ".describe_caster_mark_word_infos:DescribeCasterMarkWordInfosResponse"


@dataclass(kw_only=True)
class DescribeCasterMarkWordInfosResponse(Response):
    """Response of DescribeCasterMarkWordInfos."""

    mark_word_infos: list[structures.CasterMarkWordInfo] | None | Unset = UNSET
    """导播台的文本信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MarkWordInfos", "mark_word_infos", "..structures.caster_mark_word_info:CasterMarkWordInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
