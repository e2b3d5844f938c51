"""Generated tests of ModifyLVBChannel: the documented examples in modify_lvb_channel.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_lvb_channel import ModifyLVBChannelRequest, ModifyLVBChannelResponse


class TestModifyLVBChannelRequest(ActionSuite):
    action = "ModifyLVBChannel"
    data_file = Path(__file__).with_name("modify_lvb_channel.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLVBChannelRequest
    response_class = ModifyLVBChannelResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_lvb_channel(
            channel_id=1,
            channel_name="example",
        )
        return response
