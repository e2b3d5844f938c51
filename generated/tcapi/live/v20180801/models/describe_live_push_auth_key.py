"""Request and response of DescribeLivePushAuthKey (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLivePushAuthKeyRequest", "DescribeLivePushAuthKeyResponse"]


@dataclass(kw_only=True)
class DescribeLivePushAuthKeyRequest(Request["DescribeLivePushAuthKeyResponse"]):
    """Request of DescribeLivePushAuthKey.

    查询直播推流鉴权key
    """

    domain_name: str
    """推流域名。
    Example: pull.show.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("DomainName", "domain_name", "String", required=True),)

    _action: ClassVar[str] = "DescribeLivePushAuthKey"
    _response: ClassVar[str] = ".describe_live_push_auth_key:DescribeLivePushAuthKeyResponse"


@dataclass(kw_only=True)
class DescribeLivePushAuthKeyResponse(Response):
    """Response of DescribeLivePushAuthKey."""

    push_auth_key_info: structures.PushAuthKeyInfo | None | Unset = UNSET
    """推流鉴权key信息。
    Example: {"DomainName":"push.record.xiangdongshow.com","Enable":1,"AuthDelta":0}}
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PushAuthKeyInfo", "push_auth_key_info", "..structures.push_auth_key_info:PushAuthKeyInfo"),
        Field("RequestId", "request_id", "String"),
    )
