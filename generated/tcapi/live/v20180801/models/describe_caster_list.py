"""Request and response of DescribeCasterList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeCasterListRequest", "DescribeCasterListResponse"]


@dataclass(kw_only=True)
class DescribeCasterListRequest(Request["DescribeCasterListResponse"]):
    """Request of DescribeCasterList.

    该接口用来查询账号下所有的导播台列表
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeCasterList"
    _response: ClassVar[str] = ".describe_caster_list:DescribeCasterListResponse"


@dataclass(kw_only=True)
class DescribeCasterListResponse(Response):
    """Response of DescribeCasterList."""

    caster_list: list[structures.CasterBriefInfo] | None | Unset = UNSET
    """用户对应的导播台简要信息列表"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterList", "caster_list", "..structures.caster_brief_info:CasterBriefInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
