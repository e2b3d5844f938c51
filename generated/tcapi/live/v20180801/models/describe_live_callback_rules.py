"""Request and response of DescribeLiveCallbackRules (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveCallbackRulesRequest", "DescribeLiveCallbackRulesResponse"]


@dataclass(kw_only=True)
class DescribeLiveCallbackRulesRequest(Request["DescribeLiveCallbackRulesResponse"]):
    """Request of DescribeLiveCallbackRules.

    获取回调规则列表
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeLiveCallbackRules"
    _response: ClassVar[str] = ".describe_live_callback_rules:DescribeLiveCallbackRulesResponse"


@dataclass(kw_only=True)
class DescribeLiveCallbackRulesResponse(Response):
    """Response of DescribeLiveCallbackRules."""

    rules: list[structures.CallBackRuleInfo] | None | Unset = UNSET
    """规则信息列表。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Rules", "rules", "..structures.call_back_rule_info:CallBackRuleInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
