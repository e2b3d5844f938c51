"""Generated tests of Live_Tape_Stop: the documented examples in live_tape_stop.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.live_tape_stop import LiveTapeStopRequest, LiveTapeStopResponse


class TestLiveTapeStopRequest(ActionSuite):
    action = "Live_Tape_Stop"
    data_file = Path(__file__).with_name("live_tape_stop.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = LiveTapeStopRequest
    response_class = LiveTapeStopResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.live_tape_stop(
            appid="example",
            interface="example",
            t=1,
            sign="example",
            param_s_channel_id="example",
            param_n_task_id="example",
        )
        return response
