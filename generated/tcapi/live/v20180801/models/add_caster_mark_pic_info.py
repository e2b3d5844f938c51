"""Request and response of AddCasterMarkPicInfo (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["AddCasterMarkPicInfoRequest", "AddCasterMarkPicInfoResponse"]


@dataclass(kw_only=True)
class AddCasterMarkPicInfoRequest(Request["AddCasterMarkPicInfoResponse"]):
    """Request of AddCasterMarkPicInfo.

    该接口用来新增图片水印。
    """

    caster_id: int
    """导播台ID
    Example: 63501
    """

    mark_pic_info: structures.CasterMarkPicInfo
    """图片水印详细参数。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer", required=True),
        Field("MarkPicInfo", "mark_pic_info", "..structures.caster_mark_pic_info:CasterMarkPicInfo", required=True),
    )

    _action: ClassVar[str] = "AddCasterMarkPicInfo"
    _response: ClassVar[str] = ".add_caster_mark_pic_info:AddCasterMarkPicInfoResponse"


@dataclass(kw_only=True)
class AddCasterMarkPicInfoResponse(Response):
    """Response of AddCasterMarkPicInfo."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
