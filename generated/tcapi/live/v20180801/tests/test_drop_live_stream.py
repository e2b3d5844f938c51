"""Generated tests of DropLiveStream: the documented examples in drop_live_stream.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.drop_live_stream import DropLiveStreamRequest, DropLiveStreamResponse


class TestDropLiveStreamRequest(ActionSuite):
    action = "DropLiveStream"
    data_file = Path(__file__).with_name("drop_live_stream.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DropLiveStreamRequest
    response_class = DropLiveStreamResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.drop_live_stream(
            stream_name="stream1",
            domain_name="5000.livepush.myqcloud.com",
            app_name="live",
        )
        return response
