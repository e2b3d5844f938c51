"""Request and response of DeleteCasterMarkPicInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteCasterMarkPicInfoRequest", "DeleteCasterMarkPicInfoResponse"]


@dataclass(kw_only=True)
class DeleteCasterMarkPicInfoRequest(Request["DeleteCasterMarkPicInfoResponse"]):
    """Request of DeleteCasterMarkPicInfo.

    该接口用来删除导播台某个Index对应的水印。
    """

    caster_id: int
    """导播台ID。
    Example: 63501
    """

    mark_pic_index: int
    """需要删除的水印Index。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("MarkPicIndex", "mark_pic_index", "Integer", required=True),
    )

    _action: ClassVar[str] = "DeleteCasterMarkPicInfo"
    _response: ClassVar[str] = ".delete_caster_mark_pic_info:DeleteCasterMarkPicInfoResponse"


@dataclass(kw_only=True)
class DeleteCasterMarkPicInfoResponse(Response):
    """Response of DeleteCasterMarkPicInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
