"""The PadTemplate structure (live 2018-08-01), used by DescribeLivePadTemplate, DescribeLivePadTemplates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Model

__all__ = ["PadTemplate"]


@dataclass(kw_only=True)
class PadTemplate(Model):
    """直播垫片模板。"""

    template_id: int | None | Unset = UNSET
    """模板id。
    Example: 1
    """

    template_name: str | None | Unset = UNSET
    """模板名称。
    Example: templatename
    """

    url: str | None | Unset = UNSET
    """垫片内容。
    Example: https://test.com/a.mp4
    """

    create_time: str | None | Unset = UNSET
    """模板创建时间。
    Example: 2020-01-01 08:00:00
    """

    update_time: str | None | Unset = UNSET
    """模板修改时间。
    Example: 2020-01-01 08:00:00
    """

    description: str | None | Unset = UNSET
    """模板描述。
    Example: description
    """

    wait_duration: int | None | Unset = UNSET
    """断流等待时间。
    取值范围：0-30000。
    单位：ms。
    Example: 0
    """

    max_duration: int | None | Unset = UNSET
    """最大垫片时长。
    取值范围：0 - 正无穷。
    单位：ms。
    Example: 0
    """

    type_: int | None | Unset = UNSET
    """垫片内容类型： 1：图片，2：视频。 默认值：1。
    Example: 1
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateId", "template_id", "Integer", required=True),
        Field("TemplateName", "template_name", "String", required=True),
        Field("Url", "url", "String", required=True),
        Field("CreateTime", "create_time", "String", required=True),
        Field("UpdateTime", "update_time", "String", required=True),
        Field("Description", "description", "String"),
        Field("WaitDuration", "wait_duration", "Integer", minimum=0, maximum=30000),
        Field("MaxDuration", "max_duration", "Integer", minimum=0),
        Field("Type", "type_", "Integer", enum=(1, 2)),
    )
