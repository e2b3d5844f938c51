"""Request and response of DescribeMonitorReport (live 2018-08-01)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.modeling import Field, Request, Response

from .. import structures

__all__ = ["DescribeMonitorReportRequest", "DescribeMonitorReportResponse"]


@dataclass(kw_only=True)
class DescribeMonitorReportRequest(Request["DescribeMonitorReportResponse"]):
    """Request of DescribeMonitorReport.

    用来查询监播场次7天内的智能识别、断流、低帧率等信息的汇总报告。
    """

    monitor_id: str
    """监播任务ID。
    Example: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx
    """

    _fields: ClassVar[tuple[Field, ...]] = (Field("MonitorId", "monitor_id", "String", required=True),)

    _action: ClassVar[str] = "DescribeMonitorReport"
    _response: ClassVar[str] = ".describe_monitor_report:DescribeMonitorReportResponse"


@dataclass(kw_only=True)
class DescribeMonitorReportResponse(Response):
    """Response of DescribeMonitorReport."""

    mps_result: structures.MPSResult | None | Unset = UNSET
    """媒体处理结果信息。"""

    diagnose_result: structures.DiagnoseResult | None | Unset = UNSET
    """媒体诊断结果信息。"""

    request_id: str | None | Unset = UNSET
    """唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得
    RequestId）。定位问题时需要提供该次请求的 RequestId。
    """

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("MPSResult", "mps_result", "..structures.mps_result:MPSResult"),
        Field("DiagnoseResult", "diagnose_result", "..structures.diagnose_result:DiagnoseResult"),
        Field("RequestId", "request_id", "String"),
    )
