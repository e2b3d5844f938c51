"""Request and response of DeleteCasterOutputInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteCasterOutputInfoRequest", "DeleteCasterOutputInfoResponse"]


@dataclass(kw_only=True)
class DeleteCasterOutputInfoRequest(Request["DeleteCasterOutputInfoResponse"]):
    """Request of DeleteCasterOutputInfo.

    该接口用来删除导播台的推流信息。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    output_index: int
    """待删除的推流信息Index。
    注：删除时，该Index对应的配置需要存在。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("OutputIndex", "output_index", "Integer", required=True),
    )

    _action: ClassVar[str] = "DeleteCasterOutputInfo"
    _response: ClassVar[str] = ".delete_caster_output_info:DeleteCasterOutputInfoResponse"


@dataclass(kw_only=True)
class DeleteCasterOutputInfoResponse(Response):
    """Response of DeleteCasterOutputInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
