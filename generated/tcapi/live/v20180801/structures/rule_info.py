"""The RuleInfo structure (live 2018-08-01), used by DescribeLivePadRules, DescribeLiveRecordRules, DescribeLiveSnapshotRules, DescribeLiveTimeShiftRules,...."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["RuleInfo"]


@dataclass(kw_only=True)
class RuleInfo(Model):
    """规则信息。"""

    create_time: str | None | Unset = UNSET
    """规则创建时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-04-17 11:55:21
    """

    update_time: str | None | Unset = UNSET
    """规则更新时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-04-17 11:55:21
    """

    template_id: int | None | Unset = UNSET
    """模板 ID。
    Example: 8252
    """

    domain_name: str | None | Unset = UNSET
    """推流域名。
    Example: push.domain.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    Example: live
    """

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CreateTime", "create_time", "String"),
        Field("UpdateTime", "update_time", "String"),
        Field("TemplateId", "template_id", "Integer"),
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
    )
