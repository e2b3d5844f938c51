"""Request and response of CopyCaster (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CopyCasterRequest", "CopyCasterResponse"]


@dataclass(kw_only=True)
class CopyCasterRequest(Request["CopyCasterResponse"]):
    """Request of CopyCaster.

    该接口用来复制导播台配置
    """

    caster_id: int
    """源导播台的ID
    Example: 63501
    """

    caster_name: str | Unset = UNSET
    """复制产生的新导播台名称
    Example: copy_example
    """

    output_stream_id: str | Unset = UNSET
    """复制产生的导播台推送到云直播的流id
    注意：该流id不能与云直播中的流id重复
    Example: copy_output_example
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("CasterName", "caster_name", "String"),
        Field("OutputStreamId", "output_stream_id", "String"),
    )

    _action: ClassVar[str] = "CopyCaster"
    _response: ClassVar[str] = ".copy_caster:CopyCasterResponse"


@dataclass(kw_only=True)
class CopyCasterResponse(Response):
    """Response of CopyCaster."""

    caster_id: int | None | Unset = UNSET
    """复制生成的导播台ID
    Example: 63502
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
