"""The PushDataInfo structure (live 2018-08-01), used by DescribeLiveStreamPushInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model


@dataclass(kw_only=True)
class PushDataInfo(Model):
    """推流数据信息"""

    stream_name: str | None | Unset = UNSET
    """流名称。"""

    app_name: str | None | Unset = UNSET
    """推流路径。"""

    client_ip: str | None | Unset = UNSET
    """推流客户端 IP。"""

    server_ip: str | None | Unset = UNSET
    """接流服务器 IP。"""

    video_fps: int | None | Unset = UNSET
    """推流视频帧率，单位: Hz。"""

    video_speed: int | None | Unset = UNSET
    """推流视频码率，单位: bps。"""

    audio_fps: int | None | Unset = UNSET
    """推流音频帧率，单位: Hz。"""

    audio_speed: int | None | Unset = UNSET
    """推流音频码率，单位: bps。"""

    push_domain: str | None | Unset = UNSET
    """推流域名。"""

    begin_push_time: str | None | Unset = UNSET
    """推流开始时间。"""

    acodec: str | None | Unset = UNSET
    """音频编码格式，
    例："AAC"。
    """

    vcodec: str | None | Unset = UNSET
    """视频编码格式，
    例："H264"。
    """

    resolution: str | None | Unset = UNSET
    """分辨率。"""

    asample_rate: int | None | Unset = UNSET
    """采样率。"""

    meta_audio_speed: int | None | Unset = UNSET
    """metadata 中的音频码率，单位: bps。"""

    meta_video_speed: int | None | Unset = UNSET
    """metadata 中的视频码率，单位: bps。"""

    meta_fps: int | None | Unset = UNSET
    """metadata 中的帧率。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String"),
        Field("AppName", "app_name", "String"),
        Field("ClientIp", "client_ip", "String"),
        Field("ServerIp", "server_ip", "String"),
        Field("VideoFps", "video_fps", "Integer"),
        Field("VideoSpeed", "video_speed", "Integer"),
        Field("AudioFps", "audio_fps", "Integer"),
        Field("AudioSpeed", "audio_speed", "Integer"),
        Field("PushDomain", "push_domain", "String"),
        Field("BeginPushTime", "begin_push_time", "String"),
        Field("Acodec", "acodec", "String"),
        Field("Vcodec", "vcodec", "String"),
        Field("Resolution", "resolution", "String"),
        Field("AsampleRate", "asample_rate", "Integer"),
        Field("MetaAudioSpeed", "meta_audio_speed", "Integer"),
        Field("MetaVideoSpeed", "meta_video_speed", "Integer"),
        Field("MetaFps", "meta_fps", "Integer"),
    )
