"""Generated tests of StartLiveStreamMonitor: the documented examples in start_live_stream_monitor.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.start_live_stream_monitor import StartLiveStreamMonitorRequest, StartLiveStreamMonitorResponse


class TestStartLiveStreamMonitorRequest(ActionSuite):
    action = "StartLiveStreamMonitor"
    data_file = Path(__file__).with_name("start_live_stream_monitor.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = StartLiveStreamMonitorRequest
    response_class = StartLiveStreamMonitorResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.start_live_stream_monitor(
            monitor_id="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        )
        return response
