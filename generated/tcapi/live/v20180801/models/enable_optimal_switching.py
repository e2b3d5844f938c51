"""Request and response of EnableOptimalSwitching (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

__all__ = ["EnableOptimalSwitchingRequest", "EnableOptimalSwitchingResponse"]


@dataclass(kw_only=True)
class EnableOptimalSwitchingRequest(Request["EnableOptimalSwitchingResponse"]):
    """Request of EnableOptimalSwitching.

    启用择优调度。
    """

    stream_name: str
    """针对该流 ID 启用择优调度。
    Example: mystream
    """

    enable_switch: int | Unset = UNSET
    """启用开关，默认为启用。
    0 - 禁用。
    1 - 启用。
    Example: 1
    """

    host_group_name: str | Unset = UNSET
    """要启用自动择优的流所属的域名分组名称。
    Example: groupname
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("StreamName", "stream_name", "String", required=True),
        Field("EnableSwitch", "enable_switch", "Integer"),
        Field("HostGroupName", "host_group_name", "String"),
    )

    _action: ClassVar[str] = "EnableOptimalSwitching"
    _response: ClassVar[str] = ".enable_optimal_switching:EnableOptimalSwitchingResponse"


@dataclass(kw_only=True)
class EnableOptimalSwitchingResponse(Response):
    """Response of EnableOptimalSwitching."""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需
    要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("RequestId", "request_id", "String"),)
