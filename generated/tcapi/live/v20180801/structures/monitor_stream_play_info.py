"""The MonitorStreamPlayInfo structure (live 2018-08-01), used by DescribeAllStreamPlayInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model


@dataclass(kw_only=True)
class MonitorStreamPlayInfo(Model):
    """监控播放数据"""

    play_domain: str | None | Unset = UNSET
    """播放域名。"""

    stream_name: str | None | Unset = UNSET
    """流id。"""

    rate: int | None | Unset = UNSET
    """播放码率，0表示原始码率。"""

    protocol: str | None | Unset = UNSET
    """播放协议，可选值包括 Unknown，Flv，Hls，Rtmp，Huyap2p。"""

    bandwidth: float | None | Unset = UNSET
    """带宽，单位是Mbps。"""

    online: int | None | Unset = UNSET
    """在线人数，1分钟采样一个点，统计采样点的tcp链接数目。"""

    request: int | None | Unset = UNSET
    """请求数。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PlayDomain", "play_domain", "String"),
        Field("StreamName", "stream_name", "String"),
        Field("Rate", "rate", "Integer"),
        Field("Protocol", "protocol", "String"),
        Field("Bandwidth", "bandwidth", "Float"),
        Field("Online", "online", "Integer"),
        Field("Request", "request", "Integer"),
    )
