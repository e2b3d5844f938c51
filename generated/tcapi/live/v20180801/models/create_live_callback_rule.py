"""Request and response of CreateLiveCallbackRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveCallbackRuleRequest", "CreateLiveCallbackRuleResponse"]


@dataclass(kw_only=True)
class CreateLiveCallbackRuleRequest(Request["CreateLiveCallbackRuleResponse"]):
    """Request of CreateLiveCallbackRule.

    创建回调规则，需要先调用CreateLiveCallbackTemplate接口创建回调模板，将返回的模板id绑定到域名/路径进行使用。
    """

    domain_name: str
    """推流域名。
    Example: push.domain.com
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为live。
    Example: app
    """

    template_id: int
    """模板ID。
    Example: 78895
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "CreateLiveCallbackRule"
    _response: ClassVar[str] = ".create_live_callback_rule:CreateLiveCallbackRuleResponse"


@dataclass(kw_only=True)
class CreateLiveCallbackRuleResponse(Response):
    """Response of CreateLiveCallbackRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
