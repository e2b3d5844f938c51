"""Request and response of DescribeDeliverLogDownList (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeDeliverLogDownListRequest", "DescribeDeliverLogDownListResponse"]


@dataclass(kw_only=True)
class DescribeDeliverLogDownListRequest(Request["DescribeDeliverLogDownListResponse"]):
    """Request of DescribeDeliverLogDownList.

    批量获取转推日志的URL。
    """

    _fields: ClassVar[tuple[Field, ...]] = ()

    _action: ClassVar[str] = "DescribeDeliverLogDownList"
    _response: ClassVar[str] = ".describe_deliver_log_down_list:DescribeDeliverLogDownListResponse"


@dataclass(kw_only=True)
class DescribeDeliverLogDownListResponse(Response):
    """Response of DescribeDeliverLogDownList."""

    log_info_list: list[structures.PushLogInfo] | None | Unset = UNSET
    """日志信息列表。"""

    total_num: int | None | Unset = UNSET
    """总条数。
    Example: 1
    """

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("LogInfoList", "log_info_list", "..structures.push_log_info:PushLogInfo", array=True),
        Field("TotalNum", "total_num", "Integer"),
        Field("RequestId", "request_id", "String"),
    )
