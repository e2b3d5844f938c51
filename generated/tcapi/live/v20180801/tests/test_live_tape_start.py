"""Generated tests of Live_Tape_Start: the documented examples in live_tape_start.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.live_tape_start import LiveTapeStartRequest, LiveTapeStartResponse


class TestLiveTapeStartRequest(ActionSuite):
    action = "Live_Tape_Start"
    data_file = Path(__file__).with_name("live_tape_start.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = LiveTapeStartRequest
    response_class = LiveTapeStartResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.live_tape_start()
        return response
