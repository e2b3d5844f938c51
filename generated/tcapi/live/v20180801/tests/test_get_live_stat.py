"""Generated tests of Get_LiveStat: the documented examples in get_live_stat.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.get_live_stat import GetLiveStatRequest, GetLiveStatResponse


class TestGetLiveStatRequest(ActionSuite):
    action = "Get_LiveStat"
    data_file = Path(__file__).with_name("get_live_stat.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = GetLiveStatRequest
    response_class = GetLiveStatResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.get_live_stat(
            cmd="example",
            interface="example",
            t=1,
            sign="example",
        )
        return response
