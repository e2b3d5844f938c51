"""Request and response of DeleteLivePadRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLivePadRuleRequest", "DeleteLivePadRuleResponse"]


@dataclass(kw_only=True)
class DeleteLivePadRuleRequest(Request["DeleteLivePadRuleResponse"]):
    """Request of DeleteLivePadRule.

    删除直播垫片规则。
    """

    domain_name: str
    """推流域名。
    域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
    行强匹配。
    Example: yourdomain.test.com
    """

    app_name: str
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
    行强匹配。
    Example: live
    """

    stream_name: str
    """流名称。
    域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
    行强匹配。
    Example: stream
    """

    template_id: int
    """直播垫片模板id。
    Example: 100
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("TemplateId", "template_id", "Integer", required=True),
    )

    _action: ClassVar[str] = "DeleteLivePadRule"
    _response: ClassVar[str] = ".delete_live_pad_rule:DeleteLivePadRuleResponse"


@dataclass(kw_only=True)
class DeleteLivePadRuleResponse(Response):
    """Response of DeleteLivePadRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
