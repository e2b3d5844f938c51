"""The MonitorStreamPlayInfo structure (live 2018-08-01), used by DescribeAllStreamPlayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["MonitorStreamPlayInfo"]


@dataclass(kw_only=True)
class MonitorStreamPlayInfo(Model):
    """监控播放数据"""

    play_domain: str | None | Unset = UNSET
    """播放域名。
    Example: domain.test1.com
    """

    stream_name: str | None | Unset = UNSET
    """流id。
    Example: stream1
    """

    rate: int | None | Unset = UNSET
    """播放码率，0表示原始码率。
    Example: 0
    """

    protocol: str | None | Unset = UNSET
    """播放协议，可选值包括 Unknown，Flv，Hls，Rtmp，Huyap2p。
    Example: Hls
    """

    bandwidth: float | None | Unset = UNSET
    """带宽，单位是Mbps。
    Example: 1.82
    """

    online: int | None | Unset = UNSET
    """在线人数，1分钟采样一个点，统计采样点的tcp链接数目。
    Example: 2
    """

    request: int | None | Unset = UNSET
    """请求数。
    Example: 19
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PlayDomain", "play_domain", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("Rate", "rate", "Integer"),
        Field("Protocol", "protocol", "String"),
        Field("Bandwidth", "bandwidth", "Float"),
        Field("Online", "online", "Integer"),
        Field("Request", "request", "Integer"),
    )
