"""Request and response of DescribeLiveSnapshotTemplate (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveSnapshotTemplateRequest", "DescribeLiveSnapshotTemplateResponse"]


@dataclass(kw_only=True)
class DescribeLiveSnapshotTemplateRequest(Request["DescribeLiveSnapshotTemplateResponse"]):
    """Request of DescribeLiveSnapshotTemplate.

    获取单个截图模板。
    """

    template_id: int
    """模板 ID。
    调用 CreateLiveSnapshotTemplate 时返回的模板 ID。
    Example: 865421
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("TemplateId", "template_id", "Integer", required=True),)

    _action: ClassVar[str] = "DescribeLiveSnapshotTemplate"
    _response: ClassVar[str] = ".describe_live_snapshot_template:DescribeLiveSnapshotTemplateResponse"


@dataclass(kw_only=True)
class DescribeLiveSnapshotTemplateResponse(Response):
    """Response of DescribeLiveSnapshotTemplate."""

    template: structures.SnapshotTemplateInfo | None | Unset = UNSET
    """截图模板信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Template", "template", "..structures.snapshot_template_info:SnapshotTemplateInfo"),
        Field("RequestId", "request_id", "String"),
    )
