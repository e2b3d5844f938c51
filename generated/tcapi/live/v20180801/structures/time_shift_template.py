"""The TimeShiftTemplate structure (live 2018-08-01), used by DescribeLiveTimeShiftTemplates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["TimeShiftTemplate"]


@dataclass(kw_only=True)
class TimeShiftTemplate(Model):
    """直播时移模板配置"""

    template_name: str | None | Unset = UNSET
    """模板名称。
    Example: mytemplate
    """

    duration: int | None | Unset = UNSET
    """时移时长。
    单位：秒。
    Example: 6000
    """

    item_duration: int | None | Unset = UNSET
    """分片时长。
    可取3-10。
    单位：s。
    默认值：5。
    Example: 5
    """

    template_id: int | None | Unset = UNSET
    """模板id。
    Example: 1
    """

    description: str | None | Unset = UNSET
    """模板描述。
    Example: 模板
    """

    area: str | None | Unset = UNSET
    """地域：
    Mainland：中国大陆；
    Overseas：海外及港澳台地区；
    默认值：Mainland。
    Example: Mainland
    """

    remove_watermark: bool | None | Unset = UNSET
    """是否去除水印。
    为true则将录制原始流。
    默认值：false。
    Example: false
    """

    transcode_template_ids: list[int] | None | Unset = UNSET
    """转码流id列表。
    此参数仅在 RemoveWatermark为false时生效。
    Example: [1]
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateName", "template_name", "String", required=True),
        Field("Duration", "duration", "Integer", required=True),
        Field("ItemDuration", "item_duration", "Integer", required=True, maximum=10),
        Field("TemplateId", "template_id", "Integer"),
        Field("Description", "description", "String"),
        Field("Area", "area", "String"),
        Field("RemoveWatermark", "remove_watermark", "Boolean"),
        Field("TranscodeTemplateIds", "transcode_template_ids", "Integer", array=True),
    )
