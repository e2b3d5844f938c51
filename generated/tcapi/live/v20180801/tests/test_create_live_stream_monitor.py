"""Generated tests of CreateLiveStreamMonitor: the documented examples in create_live_stream_monitor.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_live_stream_monitor import CreateLiveStreamMonitorRequest, CreateLiveStreamMonitorResponse


class TestCreateLiveStreamMonitorRequest(ActionSuite):
    action = "CreateLiveStreamMonitor"
    data_file = Path(__file__).with_name("create_live_stream_monitor.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateLiveStreamMonitorRequest
    response_class = CreateLiveStreamMonitorResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "MonitorId": ("monitor_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_live_stream_monitor(
            output_info=structures.LiveStreamMonitorOutputInfo.from_dict(
                {"OutputStreamWidth": 1, "OutputStreamHeight": 1}
            ),
            input_list=[
                structures.LiveStreamMonitorInputInfo.from_dict(item)
                for item in [{"InputStreamName": "ExampleStreamName"}]
            ],
        )
        return response
