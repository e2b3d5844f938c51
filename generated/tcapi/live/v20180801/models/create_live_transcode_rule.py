"""Request and response of CreateLiveTranscodeRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveTranscodeRuleRequest", "CreateLiveTranscodeRuleResponse"]


@dataclass(kw_only=True)
class CreateLiveTranscodeRuleRequest(Request["CreateLiveTranscodeRuleResponse"]):
    """Request of CreateLiveTranscodeRule.

    创建转码规则，数量上限：50，需要先调用CreateLiveTranscodeTemplate接口创建转码模板，将返回的模板id绑定到流使用。
    """

    domain_name: str
    """播放域名。
    Example: xxx.xx.com
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致。如果只绑定域名，则此处填""。
    Example: live
    """

    stream_name: str
    """流名称。已废弃该字段，请传入空字符串。
    Example: stream
    """

    template_id: int
    """指定已有的模板Id。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "CreateLiveTranscodeRule"
    _response: ClassVar[str] = ".create_live_transcode_rule:CreateLiveTranscodeRuleResponse"


@dataclass(kw_only=True)
class CreateLiveTranscodeRuleResponse(Response):
    """Response of CreateLiveTranscodeRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
