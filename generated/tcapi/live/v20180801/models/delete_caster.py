"""Request and response of DeleteCaster (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteCasterRequest", "DeleteCasterResponse"]


@dataclass(kw_only=True)
class DeleteCasterRequest(Request["DeleteCasterResponse"]):
    """Request of DeleteCaster.

    该接口用来删除一个导播台的所有信息。
    """

    caster_id: int
    """待删除的导播台ID
    Example: 63501
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("CasterId", "caster_id", "Integer", required=True),)

    _action: ClassVar[str] = "DeleteCaster"
    _response: ClassVar[str] = ".delete_caster:DeleteCasterResponse"


@dataclass(kw_only=True)
class DeleteCasterResponse(Response):
    """Response of DeleteCaster."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
