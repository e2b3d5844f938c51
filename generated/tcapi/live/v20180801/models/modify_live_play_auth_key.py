"""Request and response of ModifyLivePlayAuthKey (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLivePlayAuthKeyRequest", "ModifyLivePlayAuthKeyResponse"]


@dataclass(kw_only=True)
class ModifyLivePlayAuthKeyRequest(Request["ModifyLivePlayAuthKeyResponse"]):
    """Request of ModifyLivePlayAuthKey.

    修改播放鉴权key
    """

    domain_name: str
    """播放域名。
    Example: push.record.com
    """

    enable: Literal[0, 1] | Unset = UNSET
    """是否启用，0：关闭，1：启用。
    不传表示不修改当前值。
    Example: 1
    """

    auth_key: str | Unset = UNSET
    """鉴权key。
    不传表示不修改当前值。
    Example: AKID0QJ82oYdLJIgAQlb
    """

    auth_delta: int | Unset = UNSET
    """有效时间，单位：秒。
    不传表示不修改当前值。
    Example: 6000
    """

    auth_back_key: str | Unset = UNSET
    """鉴权备用key。
    不传表示不修改当前值。
    Example: PUl5VIKKFB1KazNB
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("Enable", "enable", "Integer", enum=(0, 1)),
        Field("AuthKey", "auth_key", "String"),
        Field("AuthDelta", "auth_delta", "Integer"),
        Field("AuthBackKey", "auth_back_key", "String"),
    )

    _action: ClassVar[str] = "ModifyLivePlayAuthKey"
    _response: ClassVar[str] = ".modify_live_play_auth_key:ModifyLivePlayAuthKeyResponse"


@dataclass(kw_only=True)
class ModifyLivePlayAuthKeyResponse(Response):
    """Response of ModifyLivePlayAuthKey."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
