"""Request and response of CreateLivePadRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLivePadRuleRequest", "CreateLivePadRuleResponse"]


@dataclass(kw_only=True)
class CreateLivePadRuleRequest(Request["CreateLivePadRuleResponse"]):
    """Request of CreateLivePadRule.

    创建直播垫片规则。
    """

    domain_name: str
    """推流域名。
    Example: xxx.xx.com
    """

    template_id: int
    """模板 ID。
    Example: 8945241
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    stream_name: str | Unset = UNSET
    """流名称。
    注：如果本参数设置为非空字符串，规则将只对此推流起作用。
    Example: s
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
    )

    _action: ClassVar[str] = "CreateLivePadRule"
    _response: ClassVar[str] = ".create_live_pad_rule:CreateLivePadRuleResponse"


@dataclass(kw_only=True)
class CreateLivePadRuleResponse(Response):
    """Response of CreateLivePadRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
