"""Generated tests of DescribeLiveStreamState: the documented examples in describe_live_stream_state.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_stream_state import DescribeLiveStreamStateRequest, DescribeLiveStreamStateResponse


class TestDescribeLiveStreamStateRequest(ActionSuite):
    action = "DescribeLiveStreamState"
    data_file = Path(__file__).with_name("describe_live_stream_state.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveStreamStateRequest
    response_class = DescribeLiveStreamStateResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "StreamState": ("stream_state", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_stream_state(
            app_name="live",
            domain_name="5000.livepush.myqcloud.com",
            stream_name="stream1",
        )
        return response
