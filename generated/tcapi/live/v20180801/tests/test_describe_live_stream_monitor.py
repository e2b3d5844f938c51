"""Generated tests of DescribeLiveStreamMonitor: the documented examples in describe_live_stream_monitor.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_stream_monitor import DescribeLiveStreamMonitorRequest, DescribeLiveStreamMonitorResponse


class TestDescribeLiveStreamMonitorRequest(ActionSuite):
    action = "DescribeLiveStreamMonitor"
    data_file = Path(__file__).with_name("describe_live_stream_monitor.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveStreamMonitorRequest
    response_class = DescribeLiveStreamMonitorResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "LiveStreamMonitor": ("live_stream_monitor", structures.LiveStreamMonitorInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_stream_monitor(
            monitor_id="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        )
        return response
