"""Generated tests of DescribeLiveStreamMonitorList: the documented examples in describe_live_stream_monitor_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_stream_monitor_list import (
    DescribeLiveStreamMonitorListRequest,
    DescribeLiveStreamMonitorListResponse,
)


class TestDescribeLiveStreamMonitorListRequest(ActionSuite):
    action = "DescribeLiveStreamMonitorList"
    data_file = Path(__file__).with_name("describe_live_stream_monitor_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveStreamMonitorListRequest
    response_class = DescribeLiveStreamMonitorListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TotalNum": ("total_num", None),
        "LiveStreamMonitors": ("live_stream_monitors", structures.LiveStreamMonitorInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_stream_monitor_list(
            index=1,
            count=1,
        )
        return response
