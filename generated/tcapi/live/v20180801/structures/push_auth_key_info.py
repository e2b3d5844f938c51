"""The PushAuthKeyInfo structure (live 2018-08-01), used by DescribeLivePushAuthKey."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PushAuthKeyInfo"]


@dataclass(kw_only=True)
class PushAuthKeyInfo(Model):
    """推流鉴权key信息。"""

    domain_name: str | None | Unset = UNSET
    """域名。
    Example: push.tlivecloud.com
    """

    enable: int | None | Unset = UNSET
    """是否启用，0：关闭，1：启用。
    Example: 1
    """

    master_auth_key: str | None | Unset = UNSET
    """主鉴权 Key。
    Example: 29077666814d739e801ceb5
    """

    backup_auth_key: str | None | Unset = UNSET
    """备鉴权 Key。
    Example: 78895532321114d739e801ceb5
    """

    auth_delta: int | None | Unset = UNSET
    """有效时间，单位：秒。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("Enable", "enable", "Integer", enum=(0, 1)),
        Field("MasterAuthKey", "master_auth_key", "String"),
        Field("BackupAuthKey", "backup_auth_key", "String"),
        Field("AuthDelta", "auth_delta", "Integer"),
    )
