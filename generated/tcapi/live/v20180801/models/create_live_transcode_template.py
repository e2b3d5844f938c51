"""Request and response of CreateLiveTranscodeTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveTranscodeTemplateRequest", "CreateLiveTranscodeTemplateResponse"]


@dataclass(kw_only=True)
class CreateLiveTranscodeTemplateRequest(Request["CreateLiveTranscodeTemplateResponse"]):
    """Request of CreateLiveTranscodeTemplate.

    创建转码模板，数量上限：50，成功返回模板id后，需要调用CreateLiveTranscodeRule接口，将返回的模板id绑定到流使用。
    """

    template_name: str
    """模板名称，例： 900p 仅支持字母和数字的组合。
    长度限制：
    标准转码：1-10个字符
    极速高清转码：3-10个字符
    Example: 900p
    """

    video_bitrate: int
    """视频码率。范围：0kbps - 8000kbps。
    0为保持原始码率。
    注: 转码模板有码率唯一要求，最终保存的码率可能与输入码率有所差别。
    Example: 0
    """

    acodec: str | Unset = UNSET
    """音频编码：aac，默认aac。
    注意：当前该参数未生效，待后续支持！
    Example: aac
    """

    audio_bitrate: int | Unset = UNSET
    """音频码率，默认0。
    范围：0-500。
    Example: 0
    """

    vcodec: str | Unset = UNSET
    """视频编码：h264/h265/origin，默认origin。
    origin: 保持原始编码格式
    Example: h264
    """

    description: str | Unset = UNSET
    """模板描述。
    Example: transcode
    """

    need_video: Literal[0, 1] | Unset = UNSET
    """是否保留视频，0：否，1：是。默认1。
    Example: 0
    """

    width: int | Unset = UNSET
    """宽，默认0。
    范围[0-3000]
    数值必须是2的倍数，0是原始宽度
    Example: 0
    """

    need_audio: Literal[0, 1] | Unset = UNSET
    """是否保留音频，0：否，1：是。默认1。
    Example: 0
    """

    height: int | Unset = UNSET
    """高，默认0。
    范围[0-3000]
    数值必须是2的倍数，0是原始高度。
    极速高清模板（AiTransCode = 1 的时候）必须传。
    Example: 0
    """

    fps: int | Unset = UNSET
    """帧率，默认0。
    范围0-60fps
    Example: 0
    """

    gop: int | Unset = UNSET
    """关键帧间隔，单位：秒。
    默认原始的间隔
    范围2-6
    Example: 2
    """

    rotate: Literal[0, 90, 180, 270] | Unset = UNSET
    """旋转角度，默认0。
    可取值：0，90，180，270
    Example: 0
    """

    profile: str | Unset = UNSET
    """编码质量：
    baseline/main/high。默认baseline
    Example: baseline
    """

    bitrate_to_orig: Literal[0, 1] | Unset = UNSET
    """当设置的码率>原始码率时，是否以原始码率为准。
    0：否， 1：是
    默认 0。
    Example: 0
    """

    height_to_orig: Literal[0, 1] | Unset = UNSET
    """当设置的高度>原始高度时，是否以原始高度为准。
    0：否， 1：是
    默认 0。
    Example: 0
    """

    fps_to_orig: Literal[0, 1] | Unset = UNSET
    """当设置的帧率>原始帧率时，是否以原始帧率为准。
    0：否， 1：是
    默认 0。
    Example: 0
    """

    ai_trans_code: Literal[0, 1] | Unset = UNSET
    """是否是极速高清模板，0：否，1：是。默认0。
    Example: 0
    """

    adapt_bitrate_percent: float | Unset = UNSET
    """极速高清视频码率压缩比。
    极速高清目标码率=VideoBitrate * (1-AdaptBitratePercent)
    取值范围：0.0到0.5
    Example: 0.0
    """

    short_edge_as_height: Literal[0, 1] | Unset = UNSET
    """是否以短边作为高度，0：否，1：是。默认0。
    Example: 0
    """

    drm_type: Literal["fairplay", "normalaes", "widevine", ""] | Unset = UNSET
    """DRM 加密类型，可选值：fairplay、normalaes、widevine。
    不传递或者为空字符串，清空之前的DRM配置。
    Example: normalaes
    """

    drm_tracks: str | Unset = UNSET
    """DRM 加密项，可选值：AUDIO、SD、HD、UHD1、UHD2，后四个为一组，同组中的内容只能选一个。
    不传递或者为空字符串，清空之前的DRM配置。
    Example: AUDIO|HD
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateName", "template_name", "String", required=True),
        Field("VideoBitrate", "video_bitrate", "Integer", required=True),
        Field("Acodec", "acodec", "String"),
        Field("AudioBitrate", "audio_bitrate", "Integer", minimum=0, maximum=500),
        Field("Vcodec", "vcodec", "String"),
        Field("Description", "description", "String"),
        Field("NeedVideo", "need_video", "Integer", enum=(0, 1)),
        Field("Width", "width", "Integer", minimum=0, maximum=3000),
        Field("NeedAudio", "need_audio", "Integer", enum=(0, 1)),
        Field("Height", "height", "Integer", minimum=0, maximum=3000),
        Field("Fps", "fps", "Integer", minimum=0, maximum=60),
        Field("Gop", "gop", "Integer", minimum=2, maximum=6),
        Field("Rotate", "rotate", "Integer", enum=(0, 90, 180, 270)),
        Field("Profile", "profile", "String"),
        Field("BitrateToOrig", "bitrate_to_orig", "Integer", enum=(0, 1)),
        Field("HeightToOrig", "height_to_orig", "Integer", enum=(0, 1)),
        Field("FpsToOrig", "fps_to_orig", "Integer", enum=(0, 1)),
        Field("AiTransCode", "ai_trans_code", "Integer", enum=(0, 1)),
        Field("AdaptBitratePercent", "adapt_bitrate_percent", "Float", minimum=0, maximum=0.5),
        Field("ShortEdgeAsHeight", "short_edge_as_height", "Integer", enum=(0, 1)),
        Field("DRMType", "drm_type", "String", enum=("fairplay", "normalaes", "widevine", "")),
        Field("DRMTracks", "drm_tracks", "String"),
    )

    _action: ClassVar[str] = "CreateLiveTranscodeTemplate"
    _response: ClassVar[str] = ".create_live_transcode_template:CreateLiveTranscodeTemplateResponse"


@dataclass(kw_only=True)
class CreateLiveTranscodeTemplateResponse(Response):
    """Response of CreateLiveTranscodeTemplate."""

    template_id: int | None | Unset = UNSET
    """模板Id。
    Example: 459625
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时
    需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
