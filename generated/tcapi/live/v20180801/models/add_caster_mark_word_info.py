"""Request and response of AddCasterMarkWordInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["AddCasterMarkWordInfoRequest", "AddCasterMarkWordInfoResponse"]


@dataclass(kw_only=True)
class AddCasterMarkWordInfoRequest(Request["AddCasterMarkWordInfoResponse"]):
    """Request of AddCasterMarkWordInfo.

    为导播台添加文本配置。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    mark_word_info: structures.CasterMarkWordInfo
    """文本的详细配置。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("MarkWordInfo", "mark_word_info", "..structures.caster_mark_word_info:CasterMarkWordInfo", required=True),
    )

    _action: ClassVar[str] = "AddCasterMarkWordInfo"
    _response: ClassVar[str] = ".add_caster_mark_word_info:AddCasterMarkWordInfoResponse"


@dataclass(kw_only=True)
class AddCasterMarkWordInfoResponse(Response):
    """Response of AddCasterMarkWordInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
