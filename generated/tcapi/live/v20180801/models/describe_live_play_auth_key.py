"""Request and response of DescribeLivePlayAuthKey (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLivePlayAuthKeyRequest", "DescribeLivePlayAuthKeyResponse"]


@dataclass(kw_only=True)
class DescribeLivePlayAuthKeyRequest(Request["DescribeLivePlayAuthKeyResponse"]):
    """Request of DescribeLivePlayAuthKey.

    查询播放鉴权key。
    """

    domain_name: str
    """域名。
    Example: a.elementtest.org
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("DomainName", "domain_name", "String", required=True),)

    _action: ClassVar[str] = "DescribeLivePlayAuthKey"
    _response: ClassVar[str] = ".describe_live_play_auth_key:DescribeLivePlayAuthKeyResponse"


@dataclass(kw_only=True)
class DescribeLivePlayAuthKeyResponse(Response):
    """Response of DescribeLivePlayAuthKey."""

    play_auth_key_info: structures.PlayAuthKeyInfo | None | Unset = UNSET
    """播放鉴权key信息。
    Example: {"DomainName":"pull.xiangdongshow.com","Enable":0,"AuthKey":"","AuthBackKey":"","AuthDelta":0
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PlayAuthKeyInfo", "play_auth_key_info", "..structures.play_auth_key_info:PlayAuthKeyInfo"),
        Field("RequestId", "request_id", "String"),
    )
