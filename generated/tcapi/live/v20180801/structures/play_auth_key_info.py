"""The PlayAuthKeyInfo structure (live 2018-08-01), used by DescribeLivePlayAuthKey."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PlayAuthKeyInfo"]


@dataclass(kw_only=True)
class PlayAuthKeyInfo(Model):
    """播放鉴权key信息。"""

    domain_name: str | None | Unset = UNSET
    """域名。
    Example: 5000.livepush.myqcloud.com
    """

    enable: int | None | Unset = UNSET
    """是否启用:
    0: 关闭。
    1: 启用。
    Example: 1
    """

    auth_key: str | None | Unset = UNSET
    """鉴权 Key。
    Example: AKID0QJ82oYdLJ
    """

    auth_delta: int | None | Unset = UNSET
    """有效时间，单位：秒。
    Example: 300
    """

    auth_back_key: str | None | Unset = UNSET
    """鉴权 BackKey。
    Example: lbPUl5VIKKFB1KazNB
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("Enable", "enable", "Integer", enum=(0, 1)),
        Field("AuthKey", "auth_key", "String"),
        Field("AuthDelta", "auth_delta", "Integer"),
        Field("AuthBackKey", "auth_back_key", "String"),
    )
