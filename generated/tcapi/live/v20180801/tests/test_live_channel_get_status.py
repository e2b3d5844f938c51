"""Generated tests of Live_Channel_GetStatus: the documented examples in live_channel_get_status.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.live_channel_get_status import LiveChannelGetStatusRequest, LiveChannelGetStatusResponse


class TestLiveChannelGetStatusRequest(ActionSuite):
    action = "Live_Channel_GetStatus"
    data_file = Path(__file__).with_name("live_channel_get_status.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = LiveChannelGetStatusRequest
    response_class = LiveChannelGetStatusResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.live_channel_get_status(
            appid="example",
            interface="example",
            t=1,
            sign="example",
            param_s_channel_id="example",
        )
        return response
