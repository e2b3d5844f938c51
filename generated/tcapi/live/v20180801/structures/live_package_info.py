"""The LivePackageInfo structure (live 2018-08-01), used by DescribeLivePackageInfo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["LivePackageInfo"]


@dataclass(kw_only=True)
class LivePackageInfo(Model):
    """直播包信息。"""

    id_: str | None | Unset = UNSET
    """包 ID。
    Example: 4512
    """

    total: int | None | Unset = UNSET
    """总量。
    注意：当为流量包时单位为字节。
    当为转码包时单位为分钟。
    Example: 500000
    """

    used: int | None | Unset = UNSET
    """使用量。
    注意：当为流量包时单位为字节。
    当为转码包时单位为分钟。
    当为连麦包时单位为小时。
    Example: 200000
    """

    left: int | None | Unset = UNSET
    """剩余量。
    注意：当为流量包时单位为字节。
    当为转码包时单位为分钟。
    当为连麦包时单位为小时。
    Example: 300000
    """

    buy_time: str | None | Unset = UNSET
    """购买时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2024-04-17 11:55:21
    """

    expire_time: str | None | Unset = UNSET
    """过期时间。
    注：此字段为北京时间（UTC+8时区）。
    Example: 2025-04-17 11:55:21
    """

    type_: int | None | Unset = UNSET
    """包类型，可选值:
    0: 流量包。
    1: 普通转码包。
    2: 极速高清包。
    3: 连麦包。
    Example: 0
    """

    status: int | None | Unset = UNSET
    """包状态，可选值:
    0: 未使用。
    1: 使用中。
    2: 已过期。
    3: 已冻结。
    4: 已耗尽。
    5: 已退款
    Example: 0
    """

    will_renew: int | None | Unset = UNSET
    """是否自动续购。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 0
    """

    renewal_result: int | None | Unset = UNSET
    """续购状态。
    1 ：续购成功。
    0 ：尚未续购。
    <0 : 续购失败。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Id", "id_", "String"),
        Field("Total", "total", "Integer"),
        Field("Used", "used", "Integer"),
        Field("Left", "left", "Integer"),
        Field("BuyTime", "buy_time", "String"),
        Field("ExpireTime", "expire_time", "String"),
        Field("Type", "type_", "Integer", enum=(0, 1, 2, 3)),
        Field("Status", "status", "Integer", enum=(0, 1, 2, 3, 4, 5)),
        Field("WillRenew", "will_renew", "Integer"),
        Field("RenewalResult", "renewal_result", "Integer", enum=(1, 0)),
    )
