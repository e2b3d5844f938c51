"""The PushQualityData structure (live 2018-08-01), used by DescribeStreamPushInfoList."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PushQualityData"]


@dataclass(kw_only=True)
class PushQualityData(Model):
    """某条流的推流质量详情数据。"""

    time: str | None | Unset = UNSET
    """数据时间，使用UTC格式时间，
    例如：2019-01-08T10:00:00Z。
    注意：北京时间值为 UTC 时间值 + 8 小时，格式按照 ISO 8601 标准表示，详见 ISO 日期格式说明。
    Example: 2021-03-01T00:00:00+08:00
    """

    push_domain: str | None | Unset = UNSET
    """推流域名。
    Example: test.com
    """

    app_name: str | None | Unset = UNSET
    """推流路径。
    Example: live
    """

    client_ip: str | None | Unset = UNSET
    """推流客户端 IP。
    Example: 0.0.0.0
    """

    begin_push_time: str | None | Unset = UNSET
    """开始推流时间，格式: %Y-%m-%d %H:%M:%S.%ms，精确到毫秒级。
    Example: 2021-03-01 00:00:00
    """

    resolution: str | None | Unset = UNSET
    """分辨率信息。
    Example: 480*864
    """

    v_codec: str | None | Unset = UNSET
    """视频编码格式。
    Example: H264
    """

    a_codec: str | None | Unset = UNSET
    """音频编码格式。
    Example: AAC
    """

    sequence: str | None | Unset = UNSET
    """推流序列号，用来唯一的标志一次推流。
    Example: 4543453324532
    """

    video_fps: int | None | Unset = UNSET
    """视频帧率。
    Example: 1
    """

    video_rate: int | None | Unset = UNSET
    """视频码率，单位: bps。
    Example: 1
    """

    audio_fps: int | None | Unset = UNSET
    """音频帧率。
    Example: 1
    """

    audio_rate: int | None | Unset = UNSET
    """音频码率，单位: bps。
    Example: 1
    """

    local_ts: int | None | Unset = UNSET
    """本地流逝时间，单位: ms，音视频流逝时间与本地流逝时间的差距越大表示推流质量越差，上行卡顿越严重。
    Example: 10
    """

    video_ts: int | None | Unset = UNSET
    """视频流逝时间，单位: ms。
    Example: 10
    """

    audio_ts: int | None | Unset = UNSET
    """音频流逝时间，单位: ms。
    Example: 10
    """

    meta_video_rate: int | None | Unset = UNSET
    """metadata 中的视频码率，单位: kbps。
    Example: 1
    """

    meta_audio_rate: int | None | Unset = UNSET
    """metadata 中的音频码率，单位: kbps。
    Example: 1
    """

    mate_fps: int | None | Unset = UNSET
    """metadata 中的帧率。
    Example: 1
    """

    stream_param: str | None | Unset = UNSET
    """推流参数
    Example: &test=1
    """

    bandwidth: float | None | Unset = UNSET
    """带宽，单位Mbps。
    Example: 0.1
    """

    flux: float | None | Unset = UNSET
    """流量，单位MB。
    Example: 0.1
    """

    server_ip: str | None | Unset = UNSET
    """推流服务端 IP。
    Example: 192.1.1.1
    """

    gop_size: int | None | Unset = UNSET
    """关键帧间隔 GOP ，单位：ms。
    Example: 2000
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Time", "time", "String", format="date-time"),
        Field("PushDomain", "push_domain", "String"),
        Field("AppName", "app_name", "String"),
        Field("ClientIp", "client_ip", "String"),
        Field("BeginPushTime", "begin_push_time", "String"),
        Field("Resolution", "resolution", "String"),
        Field("VCodec", "v_codec", "String"),
        Field("ACodec", "a_codec", "String"),
        Field("Sequence", "sequence", "String"),
        Field("VideoFps", "video_fps", "Integer"),
        Field("VideoRate", "video_rate", "Integer"),
        Field("AudioFps", "audio_fps", "Integer"),
        Field("AudioRate", "audio_rate", "Integer"),
        Field("LocalTs", "local_ts", "Integer"),
        Field("VideoTs", "video_ts", "Integer"),
        Field("AudioTs", "audio_ts", "Integer"),
        Field("MetaVideoRate", "meta_video_rate", "Integer"),
        Field("MetaAudioRate", "meta_audio_rate", "Integer"),
        Field("MateFps", "mate_fps", "Integer"),
        Field("StreamParam", "stream_param", "String"),
        Field("Bandwidth", "bandwidth", "Float"),
        Field("Flux", "flux", "Float"),
        Field("ServerIp", "server_ip", "String"),
        Field("GopSize", "gop_size", "Integer"),
    )
