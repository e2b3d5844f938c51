"""Request and response of DescribeLiveWatermarkRules (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveWatermarkRulesRequest", "DescribeLiveWatermarkRulesResponse"]


@dataclass(kw_only=True)
class DescribeLiveWatermarkRulesRequest(Request["DescribeLiveWatermarkRulesResponse"]):
    """Request of DescribeLiveWatermarkRules.

    获取水印规则列表。
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeLiveWatermarkRules"
    _response: ClassVar[str] = ".describe_live_watermark_rules:DescribeLiveWatermarkRulesResponse"


@dataclass(kw_only=True)
class DescribeLiveWatermarkRulesResponse(Response):
    """Response of DescribeLiveWatermarkRules."""

    rules: list[structures.RuleInfo] | None | Unset = UNSET
    """水印规则列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位
    问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Rules", "rules", "..structures.rule_info:RuleInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
