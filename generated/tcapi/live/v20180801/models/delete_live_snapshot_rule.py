"""Request and response of DeleteLiveSnapshotRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["DeleteLiveSnapshotRuleRequest", "DeleteLiveSnapshotRuleResponse"]


@dataclass(kw_only=True)
class DeleteLiveSnapshotRuleRequest(Request["DeleteLiveSnapshotRuleResponse"]):
    """Request of DeleteLiveSnapshotRule.

    删除截图规则。
    """

    domain_name: str
    """推流域名。
    Example: 5000.livepush.myqcloud.com
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
    Example: live
    """

    stream_name: str | Unset = UNSET
    """流名称。
    Example: stream
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DomainName", "domain_name", "String", required=True),
        Field("AppName", "app_name", "String"),
        Field("StreamName", "stream_name", "String"),
    )

    _action: ClassVar[str] = "DeleteLiveSnapshotRule"
    _response: ClassVar[str] = ".delete_live_snapshot_rule:DeleteLiveSnapshotRuleResponse"


@dataclass(kw_only=True)
class DeleteLiveSnapshotRuleResponse(Response):
    """Response of DeleteLiveSnapshotRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
