"""Request and response of ModifyLivePushAuthKey (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLivePushAuthKeyRequest", "ModifyLivePushAuthKeyResponse"]


@dataclass(kw_only=True)
class ModifyLivePushAuthKeyRequest(Request["ModifyLivePushAuthKeyResponse"]):
    """Request of ModifyLivePushAuthKey.

    修改直播推流鉴权key
    """

    domain_name: str
    """推流域名。
    Example: aaa.elementtest.org
    """

    enable: Literal[0, 1] | Unset = UNSET
    """是否启用，0：关闭，1：启用。
    不传表示不修改当前值。
    Example: 1
    """

    master_auth_key: str | Unset = UNSET
    """主鉴权key。
    不传表示不修改当前值。
    Example: 714cc271251e714cc271251e
    """

    backup_auth_key: str | Unset = UNSET
    """备鉴权key。
    不传表示不修改当前值。
    Example: 888cc271251e714cc271251e
    """

    auth_delta: int | Unset = UNSET
    """有效时间，单位：秒。
    Example: 6000
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("Enable", "enable", "Integer", enum=(0, 1)),
        Field("MasterAuthKey", "master_auth_key", "String"),
        Field("BackupAuthKey", "backup_auth_key", "String"),
        Field("AuthDelta", "auth_delta", "Integer"),
    )

    _action: ClassVar[str] = "ModifyLivePushAuthKey"
    _response: ClassVar[str] = ".modify_live_push_auth_key:ModifyLivePushAuthKeyResponse"


@dataclass(kw_only=True)
class ModifyLivePushAuthKeyResponse(Response):
    """Response of ModifyLivePushAuthKey."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
