"""Request and response of CreateLiveSnapshotRule (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["CreateLiveSnapshotRuleRequest", "CreateLiveSnapshotRuleResponse"]


@dataclass(kw_only=True)
class CreateLiveSnapshotRuleRequest(Request["CreateLiveSnapshotRuleResponse"]):
    """Request of CreateLiveSnapshotRule.

    创建截图规则，需要先调用CreateLiveSnapshotTemplate接口创建截图模板，然后将返回的模板 ID 绑定到流进行使用。
    """

    domain_name: str
    """推流域名。
    Example: xxx.xx.com
    """

    template_id: int
    """模板 ID。
    Example: 12346753
    """

    app_name: str | Unset = UNSET
    """推流路径，与推流和播放地址中的 AppName 保持一致，默认为 live。
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

    _action: ClassVar[str] = "CreateLiveSnapshotRule"
    _response: ClassVar[str] = ".create_live_snapshot_rule:CreateLiveSnapshotRuleResponse"


@dataclass(kw_only=True)
class CreateLiveSnapshotRuleResponse(Response):
    """Response of CreateLiveSnapshotRule."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
