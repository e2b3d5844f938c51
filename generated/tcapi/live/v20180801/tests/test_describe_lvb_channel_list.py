"""Generated tests of DescribeLVBChannelList: the documented examples in describe_lvb_channel_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_lvb_channel_list import DescribeLVBChannelListRequest, DescribeLVBChannelListResponse


class TestDescribeLVBChannelListRequest(ActionSuite):
    action = "DescribeLVBChannelList"
    data_file = Path(__file__).with_name("describe_lvb_channel_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLVBChannelListRequest
    response_class = DescribeLVBChannelListResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "all_count": ("all_count", None),
        "channelSet": ("channel_set", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_lvb_channel_list()
        return response
