"""The CasterBriefInfo structure (live 2018-08-01), used by DescribeCasterList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["CasterBriefInfo"]


@dataclass(kw_only=True)
class CasterBriefInfo(Model):
    """导播台简略信息"""

    caster_id: int | None | Unset = UNSET
    """导播台ID
    Example: 63501
    """

    caster_name: str | None | Unset = UNSET
    """导播台名称
    Example: example_caster_name
    """

    description: str | None | Unset = UNSET
    """导播台的描述
    Example: example
    """

    start_billing_time: int | None | Unset = UNSET
    """开始计费时间，值为unix时间戳
    Example: 1740646000
    """

    stop_billing_time: int | None | Unset = UNSET
    """结束计费时间，值为unix时间戳
    Example: 1740641000
    """

    create_time: int | None | Unset = UNSET
    """创建时间，值为unix时间戳
    Example: 1740640000
    """

    status: int | None | Unset = UNSET
    """导播台状态
    0：停止状态，无预监，无主监
    1：无预监，有主监
    2：有预监，无主监
    3：有预监，有主监
    Example: 0
    """

    expire_time: int | None | Unset = UNSET
    """导播台的过期时间，值为-1或unix时间戳。
    当值为-1时，代表永不过期。
    当值为特定unix时间戳时，代表过期时间为对应的时间，导播台在该时间自动停止。
    Example: -1
    """

    fee_type: int | None | Unset = UNSET
    """计费字段，该字段暂无作用
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CasterId", "caster_id", "Integer"),
        Field("CasterName", "caster_name", "String"),
        Field("Description", "description", "String"),
        Field("StartBillingTime", "start_billing_time", "Integer"),
        Field("StopBillingTime", "stop_billing_time", "Integer"),
        Field("CreateTime", "create_time", "Integer"),
        Field("Status", "status", "Integer", enum=(0, 1, 2, 3)),
        Field("ExpireTime", "expire_time", "Integer"),
        Field("FeeType", "fee_type", "Integer"),
    )
