"""The PushDataInfo structure (live 2018-08-01), used by DescribeLiveStreamPushInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PushDataInfo"]


@dataclass(kw_only=True)
class PushDataInfo(Model):
    """推流数据信息"""

    stream_name: str | None | Unset = UNSET
    """流名称。
    Example: test1
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    Example: live
    """

    client_ip: str | None | Unset = UNSET
    """推流客户端 IP。
    Example: 127.0.0.1
    """

    server_ip: str | None | Unset = UNSET
    """接流服务器 IP。
    Example: 127.0.0.1
    """

    video_fps: int | None | Unset = UNSET
    """推流视频帧率，单位: Hz。
    Example: 100
    """

    video_speed: int | None | Unset = UNSET
    """推流视频码率，单位: bps。
    Example: 100
    """

    audio_fps: int | None | Unset = UNSET
    """推流音频帧率，单位: Hz。
    Example: 40
    """

    audio_speed: int | None | Unset = UNSET
    """推流音频码率，单位: bps。
    Example: 40
    """

    push_domain: str | None | Unset = UNSET
    """推流域名。
    Example: 5000.pushdomain.com
    """

    begin_push_time: str | None | Unset = UNSET
    """推流开始时间。
    Example: 2019-02-01 00:00:00
    """

    acodec: str | None | Unset = UNSET
    """音频编码格式，
    例："AAC"。
    Example: AAC
    """

    vcodec: str | None | Unset = UNSET
    """视频编码格式，
    例："H264"。
    Example: H264
    """

    resolution: str | None | Unset = UNSET
    """分辨率。
    Example: 350*350
    """

    asample_rate: int | None | Unset = UNSET
    """采样率。
    Example: 48000
    """

    meta_audio_speed: int | None | Unset = UNSET
    """metadata 中的音频码率，单位: bps。
    Example: 22
    """

    meta_video_speed: int | None | Unset = UNSET
    """metadata 中的视频码率，单位: bps。
    Example: 4885
    """

    meta_fps: int | None | Unset = UNSET
    """metadata 中的帧率。
    Example: 30
    """

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
