"""Request and response of ModifyLiveRecordTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["ModifyLiveRecordTemplateRequest", "ModifyLiveRecordTemplateResponse"]


@dataclass(kw_only=True)
class ModifyLiveRecordTemplateRequest(Request["ModifyLiveRecordTemplateResponse"]):
    """Request of ModifyLiveRecordTemplate.

    修改录制模板配置。
    """

    template_id: int
    """DescribeRecordTemplates接口获取到的模板 ID。
    Example: 1000
    """

    template_name: str | Unset = UNSET
    """模板名称。
    Example: templat
    """

    description: str | Unset = UNSET
    """描述信息。
    Example: record
    """

    flv_param: structures.RecordParam | Unset = UNSET
    """FLV 录制参数，开启 FLV 录制时设置。"""

    hls_param: structures.RecordParam | Unset = UNSET
    """HLS 录制参数，开启 HLS 录制时设置。"""

    mp4_param: structures.RecordParam | Unset = UNSET
    """MP4 录制参数，开启 MP4 录制时设置。"""

    aac_param: structures.RecordParam | Unset = UNSET
    """AAC 录制参数，开启 AAC 录制时设置。"""

    hls_special_param: structures.HlsSpecialParam | Unset = UNSET
    """HLS 录制定制参数。"""

    mp3_param: structures.RecordParam | Unset = UNSET
    """MP3 录制参数，开启 MP3 录制时设置。"""

    remove_watermark: bool | Unset = UNSET
    """是否去除水印，类型为慢直播时此参数无效。
    Example: false
    """

    flv_special_param: structures.FlvSpecialParam | Unset = UNSET
    """FLV 录制定制参数。
    Example: false
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer", required=True),
        Field("TemplateName", "template_name", "String"),
        Field("Description", "description", "String"),
        Field("FlvParam", "flv_param", "..structures.record_param:RecordParam"),
        Field("HlsParam", "hls_param", "..structures.record_param:RecordParam"),
        Field("Mp4Param", "mp4_param", "..structures.record_param:RecordParam"),
        Field("AacParam", "aac_param", "..structures.record_param:RecordParam"),
        Field("HlsSpecialParam", "hls_special_param", "..structures.hls_special_param:HlsSpecialParam"),
        Field("Mp3Param", "mp3_param", "..structures.record_param:RecordParam"),
        Field("RemoveWatermark", "remove_watermark", "Boolean"),
        Field("FlvSpecialParam", "flv_special_param", "..structures.flv_special_param:FlvSpecialParam"),
    )

    _action: ClassVar[str] = "ModifyLiveRecordTemplate"
    _response: ClassVar[str] = ".modify_live_record_template:ModifyLiveRecordTemplateResponse"


@dataclass(kw_only=True)
class ModifyLiveRecordTemplateResponse(Response):
    """Response of ModifyLiveRecordTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
