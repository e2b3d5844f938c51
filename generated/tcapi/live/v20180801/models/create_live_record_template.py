"""Request and response of CreateLiveRecordTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["CreateLiveRecordTemplateRequest", "CreateLiveRecordTemplateResponse"]


@dataclass(kw_only=True)
class CreateLiveRecordTemplateRequest(Request["CreateLiveRecordTemplateResponse"]):
    """Request of CreateLiveRecordTemplate.

    创建录制模板，数量上限：50，成功返回模板id后，需要调用CreateLiveRecordRule接口，将模板id绑定到流进行使用。
    """

    template_name: str
    """模板名。仅支持中文、英文、数字、_、-。
    Example: templat
    """

    description: str | Unset = UNSET
    """描述信息。
    Example: 录制规则
    """

    flv_param: structures.RecordParam | Unset = UNSET
    """Flv录制参数，开启Flv录制时设置。"""

    hls_param: structures.RecordParam | Unset = UNSET
    """Hls录制参数，开启hls录制时设置。"""

    mp4_param: structures.RecordParam | Unset = UNSET
    """Mp4录制参数，开启Mp4录制时设置。"""

    aac_param: structures.RecordParam | Unset = UNSET
    """Aac录制参数，开启Aac录制时设置。"""

    is_delay_live: int | Unset = UNSET
    """直播类型，默认 0。
    0：普通直播，
    1：慢直播。
    Example: 12
    """

    hls_special_param: structures.HlsSpecialParam | Unset = UNSET
    """HLS专属录制参数。"""

    mp3_param: structures.RecordParam | Unset = UNSET
    """Mp3录制参数，开启Mp3录制时设置。"""

    cos_store: int | Unset = UNSET
    """是否存储至 cos，值为 1 时表示存储至 cos。
    Example: 1
    """

    remove_watermark: bool | Unset = UNSET
    """是否去除水印，类型为慢直播时此参数无效。
    如果为false，则录制水印流或转码流；如果为true，则录制原始流。
    Example: false
    """

    flv_special_param: structures.FlvSpecialParam | Unset = UNSET
    """FLV 录制特殊参数。"""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateName", "template_name", "String", required=True),
        Field("Description", "description", "String"),
        Field("FlvParam", "flv_param", "..structures.record_param:RecordParam"),
        Field("HlsParam", "hls_param", "..structures.record_param:RecordParam"),
        Field("Mp4Param", "mp4_param", "..structures.record_param:RecordParam"),
        Field("AacParam", "aac_param", "..structures.record_param:RecordParam"),
        Field("IsDelayLive", "is_delay_live", "Integer"),
        Field("HlsSpecialParam", "hls_special_param", "..structures.hls_special_param:HlsSpecialParam"),
        Field("Mp3Param", "mp3_param", "..structures.record_param:RecordParam"),
        Field("CosStore", "cos_store", "Integer"),
        Field("RemoveWatermark", "remove_watermark", "Boolean"),
        Field("FlvSpecialParam", "flv_special_param", "..structures.flv_special_param:FlvSpecialParam"),
    )

    _action: ClassVar[str] = "CreateLiveRecordTemplate"
    _response: ClassVar[str] = ".create_live_record_template:CreateLiveRecordTemplateResponse"


@dataclass(kw_only=True)
class CreateLiveRecordTemplateResponse(Response):
    """Response of CreateLiveRecordTemplate."""

    template_id: int | None | Unset = UNSET
    """模板Id。
    Example: 1000
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时
    需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
