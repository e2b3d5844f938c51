"""Generated tests of Live_Set_Delay: the documented examples in live_set_delay.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.live_set_delay import LiveSetDelayRequest, LiveSetDelayResponse


class TestLiveSetDelayRequest(ActionSuite):
    action = "Live_Set_Delay"
    data_file = Path(__file__).with_name("live_set_delay.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = LiveSetDelayRequest
    response_class = LiveSetDelayResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.live_set_delay(
            appid="example",
            interface="example",
            t=1,
            sign="example",
            param_s_channel_id="example",
            param_n_time_length=1,
        )
        return response
