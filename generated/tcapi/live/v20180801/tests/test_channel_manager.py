"""Generated tests of channel_manager: the documented examples in channel_manager.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.channel_manager import ChannelManagerRequest, ChannelManagerResponse


class TestChannelManagerRequest(ActionSuite):
    action = "channel_manager"
    data_file = Path(__file__).with_name("channel_manager.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ChannelManagerRequest
    response_class = ChannelManagerResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.channel_manager(
            appid="example",
            interface="example",
            t=1,
            sign="example",
            param_s_channel_id="example",
        )
        return response
