"""The DomainInfoList structure (live 2018-08-01), used by DescribeLiveDomainPlayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["DomainInfoList"]


@dataclass(kw_only=True)
class DomainInfoList(Model):
    """多个域名信息列表"""

    domain: str | None | Unset = UNSET
    """域名。
    Example: 123.tencent.com
    """

    detail_info_list: list[structures.DomainDetailInfo] | None | Unset = UNSET
    """明细信息。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Domain", "domain", "String"),
        Field("DetailInfoList", "detail_info_list", "..structures.domain_detail_info:DomainDetailInfo", array=True),
    )
