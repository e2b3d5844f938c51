"""Generated tests of CreateLVBChannel: the documented examples in create_lvb_channel.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_lvb_channel import CreateLVBChannelRequest, CreateLVBChannelResponse


class TestCreateLVBChannelRequest(ActionSuite):
    action = "CreateLVBChannel"
    data_file = Path(__file__).with_name("create_lvb_channel.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateLVBChannelRequest
    response_class = CreateLVBChannelResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "channel_id": ("channel_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_lvb_channel(
            channel_name="example",
            output_source_type=1,
            name="example",
            type_=1,
        )
        return response
