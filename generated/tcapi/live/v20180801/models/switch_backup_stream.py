"""Request and response of SwitchBackupStream (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["SwitchBackupStreamRequest", "SwitchBackupStreamResponse"]


@dataclass(kw_only=True)
class SwitchBackupStreamRequest(Request["SwitchBackupStreamResponse"]):
    """Request of SwitchBackupStream.

    调用该接口实现切换当前播放所使用的主备流。
    """

    push_domain_name: str
    """推流域名。
    Example: 5000.livepush.com
    """

    app_name: str
    """应用名称。
    Example: live
    """

    stream_name: str
    """流名称。
    Example: stream1
    """

    upstream_sequence: str
    """查询接口获取到该流所有在推的上行 Sequence。指定要切到的目标上行 Sequence。
    Example: 843110096313761792
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("PushDomainName", "push_domain_name", "String", required=True),
        Field("AppName", "app_name", "String", required=True),
        Field("StreamName", "stream_name", "String", required=True),
        Field("UpstreamSequence", "upstream_sequence", "String", required=True),
    )

    _action: ClassVar[str] = "SwitchBackupStream"
    _response: ClassVar[str] = ".switch_backup_stream:SwitchBackupStreamResponse"


@dataclass(kw_only=True)
class SwitchBackupStreamResponse(Response):
    """Response of SwitchBackupStream."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
