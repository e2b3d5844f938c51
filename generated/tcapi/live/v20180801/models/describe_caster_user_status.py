"""Request and response of DescribeCasterUserStatus (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DescribeCasterUserStatusRequest", "DescribeCasterUserStatusResponse"]


@dataclass(kw_only=True)
class DescribeCasterUserStatusRequest(Request["DescribeCasterUserStatusResponse"]):
    """Request of DescribeCasterUserStatus.

    本接口用来查询当前APPID导播台业务状态
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeCasterUserStatus"
    _response: ClassVar[str] = ".describe_caster_user_status:DescribeCasterUserStatusResponse"


@dataclass(kw_only=True)
class DescribeCasterUserStatusResponse(Response):
    """Response of DescribeCasterUserStatus."""

    user_status: int | None | Unset = UNSET
    """0: 未开通导播台
    1:开通了导播台，且处于正常状态
    2:开通了导播台，但处于欠费状态
    3:开通了导播台，但处于封禁状态
    Example: 1
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时
    需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("UserStatus", "user_status", "Integer", enum=(0, 1, 2, 3)),
        Field("RequestId", "request_id", "String"),
    )
