"""Request and response of DeleteLiveRecordRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveRecordRuleRequest", "DeleteLiveRecordRuleResponse"]


@dataclass(kw_only=True)
class DeleteLiveRecordRuleRequest(Request["DeleteLiveRecordRuleResponse"]):
    """Request of DeleteLiveRecordRule.

    删除录制规则。
    """

    domain_name: str
    """推流域名。
    域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
    行强匹配。
    Example: yourdomain.test.com
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
    域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
    行强匹配。
    Example: live
    """

    stream_name: str | Unset = UNSET
    """流名称。
    域名+AppName+StreamName唯一标识单个转码规则，如需删除需要强匹配，例如AppName为空也需要传空字符串进
    行强匹配。
    Example: stream
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
    )

    _action: ClassVar[str] = "DeleteLiveRecordRule"
    _response: ClassVar[str] = ".delete_live_record_rule:DeleteLiveRecordRuleResponse"


@dataclass(kw_only=True)
class DeleteLiveRecordRuleResponse(Response):
    """Response of DeleteLiveRecordRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
