"""The XP2PDetailInfo structure (live 2018-08-01), used by DescribeLiveXP2PDetailInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["XP2PDetailInfo"]


@dataclass(kw_only=True)
class XP2PDetailInfo(Model):
    """P2P流信息。"""

    cdn_bytes: int | None | Unset = UNSET
    """CDN流量。
    Example: 2825
    """

    p2p_bytes: int | None | Unset = UNSET
    """P2P流量。
    Example: 4785
    """

    stuck_people: int | None | Unset = UNSET
    """卡播人数。
    Example: 23
    """

    stuck_times: int | None | Unset = UNSET
    """卡播次数。
    Example: 75
    """

    online_people: int | None | Unset = UNSET
    """在线人数。
    Example: 28
    """

    request: int | None | Unset = UNSET
    """起播请求次数
    Example: 66
    """

    request_success: int | None | Unset = UNSET
    """起播成功次数
    Example: 21
    """

    time: str | None | Unset = UNSET
    """时间，一分钟粒度，utc格式：yyyy-mm-ddTHH:MM:SSZ，参考
    https://cloud.tencent.com/document/product/266/11732#I。。
    Example: 2022-08-03T16:00:00Z
    """

    type_: str | None | Unset = UNSET
    """类型，分live和vod两种。
    Example: live
    """

    stream_name: str | None | Unset = UNSET
    """流ID。
    Example: 7852921
    """

    app_id: str | None | Unset = UNSET
    """AppId。
    Example: appidtest
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("CdnBytes", "cdn_bytes", "Integer"),
        Field("P2pBytes", "p2p_bytes", "Integer"),
        Field("StuckPeople", "stuck_people", "Integer"),
        Field("StuckTimes", "stuck_times", "Integer"),
        Field("OnlinePeople", "online_people", "Integer"),
        Field("Request", "request", "Integer"),
        Field("RequestSuccess", "request_success", "Integer"),
        Field("Time", "time", "String"),
        Field("Type", "type_", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("AppId", "app_id", "String"),
    )
