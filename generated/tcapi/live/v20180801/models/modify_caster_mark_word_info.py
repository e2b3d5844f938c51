"""Request and response of ModifyCasterMarkWordInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["ModifyCasterMarkWordInfoRequest", "ModifyCasterMarkWordInfoResponse"]


@dataclass(kw_only=True)
class ModifyCasterMarkWordInfoRequest(Request["ModifyCasterMarkWordInfoResponse"]):
    """Request of ModifyCasterMarkWordInfo.

    该接口用来修改导播台文本配置。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    mark_word_info: structures.CasterMarkWordInfo
    """修改的文本配置。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("MarkWordInfo", "mark_word_info", "..structures.caster_mark_word_info:CasterMarkWordInfo", required=True),
    )

    _action: ClassVar[str] = "ModifyCasterMarkWordInfo"
    _response: ClassVar[str] = ".modify_caster_mark_word_info:ModifyCasterMarkWordInfoResponse"


@dataclass(kw_only=True)
class ModifyCasterMarkWordInfoResponse(Response):
    """Response of ModifyCasterMarkWordInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
