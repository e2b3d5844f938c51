"""The ForbidStreamInfo structure (live 2018-08-01), used by DescribeLiveForbidStreamList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["ForbidStreamInfo"]


@dataclass(kw_only=True)
class ForbidStreamInfo(Model):
    """禁推流列表"""

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream1
    """

    create_time: str | None | Unset = UNSET
    """创建时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2020-01-01 12:12:12
    """

    expire_time: str | None | Unset = UNSET
    """禁推过期时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2020-01-01 12:12:12
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: live
    """

    domain_name: str | None | Unset = UNSET
    """推流域名。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 5000.livepush.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String"),
        Field("CreateTime", "create_time", "String"),
        Field("ExpireTime", "expire_time", "String"),
        Field("AppName", "app_name", "String"),
        Field("DomainName", "domain_name", "String"),
    )
