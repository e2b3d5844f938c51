"""Generated tests of StopCasterPvw: the documented examples in stop_caster_pvw.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.stop_caster_pvw import StopCasterPvwRequest, StopCasterPvwResponse


class TestStopCasterPvwRequest(ActionSuite):
    action = "StopCasterPvw"
    data_file = Path(__file__).with_name("stop_caster_pvw.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = StopCasterPvwRequest
    response_class = StopCasterPvwResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.stop_caster_pvw(
            caster_id=1,
        )
        return response
