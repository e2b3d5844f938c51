"""Request and response of DescribeLiveDelayInfoList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeLiveDelayInfoListRequest", "DescribeLiveDelayInfoListResponse"]


@dataclass(kw_only=True)
class DescribeLiveDelayInfoListRequest(Request["DescribeLiveDelayInfoListResponse"]):
    """Request of DescribeLiveDelayInfoList.

    获取直播延播列表。
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeLiveDelayInfoList"
    _response: ClassVar[str] = ".describe_live_delay_info_list:DescribeLiveDelayInfoListResponse"


@dataclass(kw_only=True)
class DescribeLiveDelayInfoListResponse(Response):
    """Response of DescribeLiveDelayInfoList."""

    delay_info_list: list[structures.DelayInfo] | None | Unset = UNSET
    """延播信息列表。
    Example: 空
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("DelayInfoList", "delay_info_list", "..structures.delay_info:DelayInfo", array=True),
        Field("RequestId", "request_id", "String"),
    )
