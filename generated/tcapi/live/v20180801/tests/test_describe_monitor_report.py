"""Generated tests of DescribeMonitorReport: the documented examples in describe_monitor_report.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_monitor_report import DescribeMonitorReportRequest, DescribeMonitorReportResponse


class TestDescribeMonitorReportRequest(ActionSuite):
    action = "DescribeMonitorReport"
    data_file = Path(__file__).with_name("describe_monitor_report.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeMonitorReportRequest
    response_class = DescribeMonitorReportResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "MPSResult": ("mps_result", structures.MPSResult),
        "DiagnoseResult": ("diagnose_result", structures.DiagnoseResult),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_monitor_report(
            monitor_id="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        )
        return response
