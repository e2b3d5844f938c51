"""The RefererAuthConfig structure (live 2018-08-01), used by DescribeLiveDomainReferer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["RefererAuthConfig"]


@dataclass(kw_only=True)
class RefererAuthConfig(Model):
    """直播域名Referer黑白名单配置"""

    domain_name: str | None | Unset = UNSET
    """域名。
    Example: domainname
    """

    enable: int | None | Unset = UNSET
    """是否启用，0：关闭，1：启用。
    Example: 0
    """

    type_: int | None | Unset = UNSET
    """名单类型，0：黑名单，1：白名单。
    Example: 0
    """

    allow_empty: int | None | Unset = UNSET
    """是否允许空Referer，0：不允许，1：允许。
    Example: 1
    """

    rules: str | None | Unset = UNSET
    """名单列表，以分号(;)分隔。
    Example: (rule1;rule2)
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("Enable", "enable", "Integer", enum=(0, 1)),
        Field("Type", "type_", "Integer", enum=(0, 1)),
        Field("AllowEmpty", "allow_empty", "Integer", enum=(0, 1)),
        Field("Rules", "rules", "String"),
    )
