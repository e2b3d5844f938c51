"""Request and response of DescribeLiveTranscodeRules (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveTranscodeRulesRequest", "DescribeLiveTranscodeRulesResponse"]


@dataclass(kw_only=True)
class DescribeLiveTranscodeRulesRequest(Request["DescribeLiveTranscodeRulesResponse"]):
    """Request of DescribeLiveTranscodeRules.

    获取转码规则列表
    """

    template_ids: list[int] | Unset = UNSET
    """要筛选的模板ID数组。
    Example: 365245
    """

    domain_names: list[str] | Unset = UNSET
    """要筛选的域名数组。
    Example: tc.videosolar.com
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("TemplateIds", "template_ids", "Integer", array=True),
        Field("DomainNames", "domain_names", "String", array=True),
    )

    _action: ClassVar[str] = "DescribeLiveTranscodeRules"
    _response: ClassVar[str] = ".describe_live_transcode_rules:DescribeLiveTranscodeRulesResponse"


@dataclass(kw_only=True)
class DescribeLiveTranscodeRulesResponse(Response):
    """Response of DescribeLiveTranscodeRules."""

    rules: list[structures.RuleInfo] | None | Unset = UNSET
    """转码规则列表。
    Example: [{"TemplateId":369918,"DomainName":"tc.videosolar.com"}]
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位
    问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Rules", "rules", "..structures.rule_info:RuleInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
