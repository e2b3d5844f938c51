"""The RecordTemplateInfo structure (live 2018-08-01), used by DescribeLiveRecordTemplate, DescribeLiveRecordTemplates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

from .. import structures

__all__ = ["RecordTemplateInfo"]


@dataclass(kw_only=True)
class RecordTemplateInfo(Model):
    """录制模板信息"""

    template_id: int | None | Unset = UNSET
    """模板 ID。
    Example: 1
    """

    template_name: str | None | Unset = UNSET
    """模板名称。
    Example: name
    """

    description: str | None | Unset = UNSET
    """描述信息。
    Example: description
    """

    flv_param: structures.RecordParam | None | Unset = UNSET
    """FLV 录制参数。"""

    hls_param: structures.RecordParam | None | Unset = UNSET
    """HLS 录制参数。"""

    mp4_param: structures.RecordParam | None | Unset = UNSET
    """MP4 录制参数。"""

    aac_param: structures.RecordParam | None | Unset = UNSET
    """AAC 录制参数。"""

    is_delay_live: int | None | Unset = UNSET
    """0：普通直播，
    1：慢直播。
    Example: 1
    """

    hls_special_param: structures.HlsSpecialParam | None | Unset = UNSET
    """HLS 录制定制参数。"""

    mp3_param: structures.RecordParam | None | Unset = UNSET
    """MP3 录制参数。"""

    remove_watermark: bool | None | Unset = UNSET
    """是否去除水印。
    注意：此字段可能返回 null，表示取不到有效值。
    Example: false
    """

    cos_store: int | None | Unset = UNSET
    """是否存储至cos
    注意：此字段可能返回 null，表示取不到有效值。
    Example: 1
    """

    flv_special_param: structures.FlvSpecialParam | None | Unset = UNSET
    """FLV 录制定制参数。
    注意：此字段可能返回 null，表示取不到有效值。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer"),
        Field("TemplateName", "template_name", "String"),
        Field("Description", "description", "String"),
        Field("FlvParam", "flv_param", "..structures.record_param:RecordParam"),
        Field("HlsParam", "hls_param", "..structures.record_param:RecordParam"),
        Field("Mp4Param", "mp4_param", "..structures.record_param:RecordParam"),
        Field("AacParam", "aac_param", "..structures.record_param:RecordParam"),
        Field("IsDelayLive", "is_delay_live", "Integer", enum=(0, 1)),
        Field("HlsSpecialParam", "hls_special_param", "..structures.hls_special_param:HlsSpecialParam"),
        Field("Mp3Param", "mp3_param", "..structures.record_param:RecordParam"),
        Field("RemoveWatermark", "remove_watermark", "Boolean"),
        Field("CosStore", "cos_store", "Integer"),
        Field("FlvSpecialParam", "flv_special_param", "..structures.flv_special_param:FlvSpecialParam"),
    )
