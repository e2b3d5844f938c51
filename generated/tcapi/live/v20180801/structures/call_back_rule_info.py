"""The CallBackRuleInfo structure (live 2018-08-01), used by DescribeLiveCallbackRules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CallBackRuleInfo"]


@dataclass(kw_only=True)
class CallBackRuleInfo(Model):
    """规则信息"""

    create_time: str | None | Unset = UNSET
    """规则创建时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2022-05-16T10:59:38+08:00
    """

    update_time: str | None | Unset = UNSET
    """规则更新时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2022-05-17T14:33:50+08:00
    """

    template_id: int | None | Unset = UNSET
    """模板 ID。
    Example: 385622
    """

    domain_name: str | None | Unset = UNSET
    """推流域名。
    Example: 7895.livepush.myqcloud.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    Example: trtc_140042
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CreateTime", "create_time", "String"),
        Field("UpdateTime", "update_time", "String"),
        Field("TemplateId", "template_id", "Integer"),
        Field("DomainName", "domain_name", "String"),
        Field("AppName", "app_name", "String"),
    )
