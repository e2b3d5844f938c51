"""Request and response of DeleteCasterInputInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteCasterInputInfoRequest", "DeleteCasterInputInfoResponse"]


@dataclass(kw_only=True)
class DeleteCasterInputInfoRequest(Request["DeleteCasterInputInfoResponse"]):
    """Request of DeleteCasterInputInfo.

    该接口用来删除导播台中的输入源信息。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    input_index: int
    """导播台输入Index。
    范围[0,20]
    注：该Index对应的输入源需存在。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("InputIndex", "input_index", "Integer", required=True, minimum=0, maximum=20),
    )

    _action: ClassVar[str] = "DeleteCasterInputInfo"
    _response: ClassVar[str] = ".delete_caster_input_info:DeleteCasterInputInfoResponse"


@dataclass(kw_only=True)
class DeleteCasterInputInfoResponse(Response):
    """Response of DeleteCasterInputInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
