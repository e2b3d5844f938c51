"""Request and response of ModifyLivePadTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["ModifyLivePadTemplateRequest", "ModifyLivePadTemplateResponse"]


@dataclass(kw_only=True)
class ModifyLivePadTemplateRequest(Request["ModifyLivePadTemplateResponse"]):
    """Request of ModifyLivePadTemplate.

    修改直播垫片模板。
    """

    template_id: int
    """模板id。
    Example: 1
    """

    url: str
    """垫片内容。
    Example: https://test.com/a.mp4
    """

    wait_duration: int
    """断流等待时间。
    取值范围：0-30000。
    单位：ms。
    Example: 1
    """

    max_duration: int
    """最大垫片时长。
    取值范围：0 - 正无穷。
    单位：ms。
    Example: 1
    """

    template_name: str
    """模板名称。
    长度上限：255字节。
    仅支持中文、英文、数字、_、-。
    Example: testName
    """

    description: str | Unset = UNSET
    """描述信息。
    长度上限：1024字节。
    仅支持中文、英文、数字、_、-。
    Example: testDesc
    """

    type_: Literal[1, 2] | Unset = UNSET
    """垫片内容类型： 1：图片，2：视频。 默认值：1。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer", required=True),
        Field("Url", "url", "String", required=True),
        Field("WaitDuration", "wait_duration", "Integer", required=True, minimum=0, maximum=30000),
        Field("MaxDuration", "max_duration", "Integer", required=True, minimum=0),
        Field("TemplateName", "template_name", "String", required=True, max_length=255),
        Field("Description", "description", "String", max_length=1024),
        Field("Type", "type_", "Integer", enum=(1, 2)),
    )

    _action: ClassVar[str] = "ModifyLivePadTemplate"
    _response: ClassVar[str] = ".modify_live_pad_template:ModifyLivePadTemplateResponse"


@dataclass(kw_only=True)
class ModifyLivePadTemplateResponse(Response):
    """Response of ModifyLivePadTemplate."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
