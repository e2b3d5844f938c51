"""The LiveCertDomainInfo structure (live 2018-08-01), used by ModifyLiveDomainCertBindings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LiveCertDomainInfo"]


@dataclass(kw_only=True)
class LiveCertDomainInfo(Model):
    """用作批量绑定域名和证书。"""

    domain_name: str | None | Unset = UNSET
    """域名。
    Example: domain.com
    """

    status: int | None | Unset = UNSET
    """是否启用域名的https规则。
    1：启用
    0：禁用
    -1：保持不变
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("Status", "status", "Integer", required=True, enum=(1, 0, -1)),
    )
