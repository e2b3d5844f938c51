"""The BatchDomainOperateErrors structure (live 2018-08-01), used by ModifyLiveDomainCertBindings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["BatchDomainOperateErrors"]


@dataclass(kw_only=True)
class BatchDomainOperateErrors(Model):
    """批量操作域名相关接口，若其中个别域名操作失败将会跳过，相应的域名错误信息将统一汇总在此类型中"""

    domain_name: str | None | Unset = UNSET
    """操作失败的域名。
    Example: domain.com
    """

    code: str | None | Unset = UNSET
    """API3.0错误码。
    Example: invalid
    """

    message: str | None | Unset = UNSET
    """API3.0错误信息。
    Example: invalid
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String"),
        Field("Code", "code", "String"),
        Field("Message", "message", "String"),
    )
