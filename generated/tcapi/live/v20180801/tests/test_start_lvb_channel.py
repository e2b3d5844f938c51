"""Generated tests of StartLVBChannel: the documented examples in start_lvb_channel.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.start_lvb_channel import StartLVBChannelRequest, StartLVBChannelResponse


class TestStartLVBChannelRequest(ActionSuite):
    action = "StartLVBChannel"
    data_file = Path(__file__).with_name("start_lvb_channel.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = StartLVBChannelRequest
    response_class = StartLVBChannelResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.start_lvb_channel(
            channel_ids=[{}],
        )
        return response
