"""Request and response of ModifyLiveTimeShiftTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLiveTimeShiftTemplateRequest", "ModifyLiveTimeShiftTemplateResponse"]


@dataclass(kw_only=True)
class ModifyLiveTimeShiftTemplateRequest(Request["ModifyLiveTimeShiftTemplateResponse"]):
    """Request of ModifyLiveTimeShiftTemplate.

    修改直播时移模板。
    """

    template_id: int
    """时移模板id。
    Example: 1
    """

    template_name: str | Unset = UNSET
    """模板名称。
    仅支持中文、英文、数字、_、-。
    Example: testName
    """

    description: str | Unset = UNSET
    """描述信息。
    长度上限：1024字节。
    仅支持中文、英文、数字、_、-。
    Example: testDesc
    """

    duration: int | Unset = UNSET
    """时移时长。
    单位：s。
    Example: 1
    """

    item_duration: int | Unset = UNSET
    """分片时长。
    可取3-10。
    单位：s。
    默认值：5。
    Example: 5
    """

    remove_watermark: bool | Unset = UNSET
    """是否去除水印。
    传true则将录制原始流。
    默认值：false。
    Example: false
    """

    transcode_template_ids: list[int] | Unset = UNSET
    """转码流id列表。
    此参数仅在 RemoveWatermark为false时生效。
    Example: [1]
    """

    area: str | Unset = UNSET
    """地域。
    Mainland：中国大陆。
    Overseas：海外及港澳台地区。
    默认值：Mainland。
    Example: Mainland
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer", required=True),
        Field("TemplateName", "template_name", "String"),
        Field("Description", "description", "String", max_length=1024),
        Field("Duration", "duration", "Integer"),
        Field("ItemDuration", "item_duration", "Integer", maximum=10),
        Field("RemoveWatermark", "remove_watermark", "Boolean"),
        Field("TranscodeTemplateIds", "transcode_template_ids", "Integer", array=True),
        Field("Area", "area", "String"),
    )

    _action: ClassVar[str] = "ModifyLiveTimeShiftTemplate"
    _response: ClassVar[str] = ".modify_live_time_shift_template:ModifyLiveTimeShiftTemplateResponse"


@dataclass(kw_only=True)
class ModifyLiveTimeShiftTemplateResponse(Response):
    """Response of ModifyLiveTimeShiftTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
