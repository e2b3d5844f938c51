"""Request and response of AddCasterOutputInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["AddCasterOutputInfoRequest", "AddCasterOutputInfoResponse"]


@dataclass(kw_only=True)
class AddCasterOutputInfoRequest(Request["AddCasterOutputInfoResponse"]):
    """Request of AddCasterOutputInfo.

    该接口用来新增导播台推流信息。导播台主监启动后，将会将主监画面推向该接口设置的地址。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    output_info: structures.CasterOutputInfo
    """导播台推流参数信息。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("OutputInfo", "output_info", "..structures.caster_output_info:CasterOutputInfo", required=True),
    )

    _action: ClassVar[str] = "AddCasterOutputInfo"
    _response: ClassVar[str] = ".add_caster_output_info:AddCasterOutputInfoResponse"


@dataclass(kw_only=True)
class AddCasterOutputInfoResponse(Response):
    """Response of AddCasterOutputInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
