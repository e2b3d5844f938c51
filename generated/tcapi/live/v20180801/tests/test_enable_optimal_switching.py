"""Generated tests of EnableOptimalSwitching: the documented examples in enable_optimal_switching.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.enable_optimal_switching import EnableOptimalSwitchingRequest, EnableOptimalSwitchingResponse


class TestEnableOptimalSwitchingRequest(ActionSuite):
    action = "EnableOptimalSwitching"
    data_file = Path(__file__).with_name("enable_optimal_switching.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = EnableOptimalSwitchingRequest
    response_class = EnableOptimalSwitchingResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.enable_optimal_switching(
            stream_name="mystream",
        )
        return response
