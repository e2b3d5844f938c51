"""Request and response of CreateLiveTimeShiftTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveTimeShiftTemplateRequest", "CreateLiveTimeShiftTemplateResponse"]


@dataclass(kw_only=True)
class CreateLiveTimeShiftTemplateRequest(Request["CreateLiveTimeShiftTemplateResponse"]):
    """Request of CreateLiveTimeShiftTemplate.

    创建直播时移模板。
    """

    template_name: str
    """模板名称。
    长度上限：255字节。
    仅支持中文、英文、数字、_、-。
    Example: testName
    """

    duration: int
    """时移时长。
    单位：s。
    Example: 1
    """

    description: str | Unset = UNSET
    """描述信息。
    仅支持中文、英文、数字、_、-。
    Example: testDesc
    """

    area: str | Unset = UNSET
    """地域。
    Mainland：中国大陆。
    Overseas：海外及港澳台地区。
    默认值：Mainland。
    Example: Mainland
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

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateName", "template_name", "String", required=True, max_length=255),
        Field("Duration", "duration", "Integer", required=True),
        Field("Description", "description", "String"),
        Field("Area", "area", "String"),
        Field("ItemDuration", "item_duration", "Integer", maximum=10),
        Field("RemoveWatermark", "remove_watermark", "Boolean"),
        Field("TranscodeTemplateIds", "transcode_template_ids", "Integer", array=True),
    )

    _action: ClassVar[str] = "CreateLiveTimeShiftTemplate"
    _response: ClassVar[str] = ".create_live_time_shift_template:CreateLiveTimeShiftTemplateResponse"


@dataclass(kw_only=True)
class CreateLiveTimeShiftTemplateResponse(Response):
    """Response of CreateLiveTimeShiftTemplate."""

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
