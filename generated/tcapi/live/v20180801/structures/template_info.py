"""The TemplateInfo structure (live 2018-08-01), used by DescribeLiveTranscodeTemplate, DescribeLiveTranscodeTemplates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TemplateInfo"]


@dataclass(kw_only=True)
class TemplateInfo(Model):
    """转码模板信息。"""

    vcodec: str | None | Unset = UNSET
    """视频编码：h264/h265/origin，默认h264。
    origin: 保持原始编码格式
    Example: h264
    """

    video_bitrate: int | None | Unset = UNSET
    """视频码率。范围：0kbps - 8000kbps。
    0为保持原始码率。
    注: 转码模板有码率唯一要求，最终保存的码率可能与输入码率有所差别。
    Example: 0
    """

    acodec: str | None | Unset = UNSET
    """音频编码：aac，默认aac。
    注意：当前该参数未生效，待后续支持！
    Example: aac
    """

    audio_bitrate: int | None | Unset = UNSET
    """音频码率。取值范围：0kbps - 500kbps。
    默认0。
    Example: 0
    """

    width: int | None | Unset = UNSET
    """宽，默认0。
    范围[0-3000]
    数值必须是2的倍数，0是原始宽度
    Example: 0
    """

    height: int | None | Unset = UNSET
    """高，默认0。
    范围[0-3000]
    数值必须是2的倍数，0是原始宽度
    Example: 0
    """

    fps: int | None | Unset = UNSET
    """帧率，默认0。
    范围0-60fps
    Example: 0
    """

    gop: int | None | Unset = UNSET
    """关键帧间隔，单位：秒。
    默认原始的间隔
    范围2-6
    Example: 3
    """

    rotate: int | None | Unset = UNSET
    """旋转角度，默认0。
    可取值：0，90，180，270
    Example: 0
    """

    profile: str | None | Unset = UNSET
    """编码质量：
    baseline/main/high。默认baseline
    Example: baseline
    """

    bitrate_to_orig: int | None | Unset = UNSET
    """当设置的码率>原始码率时，是否以原始码率为准。
    0：否， 1：是
    默认 0。
    Example: 0
    """

    height_to_orig: int | None | Unset = UNSET
    """当设置的高度>原始高度时，是否以原始高度为准。
    0：否， 1：是
    默认 0。
    Example: 0
    """

    fps_to_orig: int | None | Unset = UNSET
    """当设置的帧率>原始帧率时，是否以原始帧率为准。
    0：否， 1：是
    默认 0。
    Example: 0
    """

    need_video: int | None | Unset = UNSET
    """是否保留视频。0：否，1：是。
    Example: 0
    """

    need_audio: int | None | Unset = UNSET
    """是否保留音频。0：否，1：是。
    Example: 0
    """

    template_id: int | None | Unset = UNSET
    """模板 ID。
    Example: 855123
    """

    template_name: str | None | Unset = UNSET
    """模板名称。
    Example: templatename
    """

    description: str | None | Unset = UNSET
    """模板描述。
    Example: description
    """

    ai_trans_code: int | None | Unset = UNSET
    """是否是极速高清模板，0：否，1：是。默认0。
    Example: 0
    """

    adapt_bitrate_percent: float | None | Unset = UNSET
    """极速高清视频码率压缩比。
    极速高清目标码率=VideoBitrate * (1-AdaptBitratePercent)
    取值范围：0.0到0.5
    Example: 0.5
    """

    short_edge_as_height: int | None | Unset = UNSET
    """是否以短边作为高度，0：否，1：是。默认0。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 0
    """

    drm_type: str | None | Unset = UNSET
    """DRM 加密类型，可选值：fairplay、normalaes、widevine。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: widevine
    """

    drm_tracks: str | None | Unset = UNSET
    """DRM 加密项，多个用|分割，可选值：AUDIO、SD、HD、UHD1、UHD2，后四个为一组，同组中的内容只能选一个。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: AUDIO|UHD2
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Vcodec", "vcodec", "String"),
        Field("VideoBitrate", "video_bitrate", "Integer"),
        Field("Acodec", "acodec", "String"),
        Field("AudioBitrate", "audio_bitrate", "Integer"),
        Field("Width", "width", "Integer", minimum=0, maximum=3000),
        Field("Height", "height", "Integer", minimum=0, maximum=3000),
        Field("Fps", "fps", "Integer", minimum=0, maximum=60),
        Field("Gop", "gop", "Integer", minimum=2, maximum=6),
        Field("Rotate", "rotate", "Integer", enum=(0, 90, 180, 270)),
        Field("Profile", "profile", "String"),
        Field("BitrateToOrig", "bitrate_to_orig", "Integer", enum=(0, 1)),
        Field("HeightToOrig", "height_to_orig", "Integer", enum=(0, 1)),
        Field("FpsToOrig", "fps_to_orig", "Integer", enum=(0, 1)),
        Field("NeedVideo", "need_video", "Integer", enum=(0, 1)),
        Field("NeedAudio", "need_audio", "Integer", enum=(0, 1)),
        Field("TemplateId", "template_id", "Integer"),
        Field("TemplateName", "template_name", "String"),
        Field("Description", "description", "String"),
        Field("AiTransCode", "ai_trans_code", "Integer", enum=(0, 1)),
        Field("AdaptBitratePercent", "adapt_bitrate_percent", "Float", minimum=0, maximum=0.5),
        Field("ShortEdgeAsHeight", "short_edge_as_height", "Integer", enum=(0, 1)),
        Field("DRMType", "drm_type", "String", enum=("fairplay", "normalaes", "widevine")),
        Field("DRMTracks", "drm_tracks", "String"),
    )
