"""Request and response of DeleteLiveTranscodeRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveTranscodeRuleRequest", "DeleteLiveTranscodeRuleResponse"]


@dataclass(kw_only=True)
class DeleteLiveTranscodeRuleRequest(Request["DeleteLiveTranscodeRuleResponse"]):
    """Request of DeleteLiveTranscodeRule.

    删除转码规则。
    """

    domain_name: str
    """播放域名。
    Example: 5000.livepush.myqcloud.com
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    Example: live
    """

    stream_name: str
    """流名称。
    Example: stream1
    """

    template_id: int
    """模板ID。
    Example: 1000
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "DeleteLiveTranscodeRule"
    _response: ClassVar[str] = ".delete_live_transcode_rule:DeleteLiveTranscodeRuleResponse"


@dataclass(kw_only=True)
class DeleteLiveTranscodeRuleResponse(Response):
    """Response of DeleteLiveTranscodeRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
