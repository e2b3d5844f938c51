"""The StreamOnlineInfo structure (live 2018-08-01), used by DescribeLiveStreamOnlineList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["StreamOnlineInfo"]


@dataclass(kw_only=True)
class StreamOnlineInfo(Model):
    """查询当前正在推流的信息"""

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: stream1
    """

    publish_time_list: list[structures.PublishTime] | None | Unset = UNSET
    """推流时间列表
    Example: [{"PublishTime":"2022-07-11T08:56:36Z"}]
    """

    app_name: str | None | Unset = UNSET
    """应用名称。
    Example: live
    """

    domain_name: str | None | Unset = UNSET
    """推流域名。
    Example: 5000.livepush.myqcloud.com
    """

    push_to_delay: int | None | Unset = UNSET
    """流是否推送到延播。
    0 - 无延播，
    1 - 有延播。
    Example: 0
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String"),
        Field("PublishTimeList", "publish_time_list", "..structures.publish_time:PublishTime", array=True),
        Field("AppName", "app_name", "String"),
        Field("DomainName", "domain_name", "String"),
        Field("PushToDelay", "push_to_delay", "Integer"),
    )
