"""Generated tests of DescribeLVBChannel: the documented examples in describe_lvb_channel.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_lvb_channel import DescribeLVBChannelRequest, DescribeLVBChannelResponse


class TestDescribeLVBChannelRequest(ActionSuite):
    action = "DescribeLVBChannel"
    data_file = Path(__file__).with_name("describe_lvb_channel.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLVBChannelRequest
    response_class = DescribeLVBChannelResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "channelInfo": ("channel_info", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_lvb_channel(
            channel_id=1,
        )
        return response
