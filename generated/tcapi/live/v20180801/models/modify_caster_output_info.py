"""Request and response of ModifyCasterOutputInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["ModifyCasterOutputInfoRequest", "ModifyCasterOutputInfoResponse"]


@dataclass(kw_only=True)
class ModifyCasterOutputInfoRequest(Request["ModifyCasterOutputInfoResponse"]):
    """Request of ModifyCasterOutputInfo.

    该接口用来修改导播台的推流信息。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    output_info: structures.CasterOutputInfo
    """导播台推流参数信息。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("OutputInfo", "output_info", "..structures.caster_output_info:CasterOutputInfo", required=True),
    )

    _action: ClassVar[str] = "ModifyCasterOutputInfo"
    _response: ClassVar[str] = ".modify_caster_output_info:ModifyCasterOutputInfoResponse"


@dataclass(kw_only=True)
class ModifyCasterOutputInfoResponse(Response):
    """Response of ModifyCasterOutputInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
