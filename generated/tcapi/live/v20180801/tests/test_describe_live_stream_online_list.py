"""Generated tests of DescribeLiveStreamOnlineList: the documented examples in describe_live_stream_online_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_stream_online_list import (
    DescribeLiveStreamOnlineListRequest,
    DescribeLiveStreamOnlineListResponse,
)


class TestDescribeLiveStreamOnlineListRequest(ActionSuite):
    action = "DescribeLiveStreamOnlineList"
    data_file = Path(__file__).with_name("describe_live_stream_online_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveStreamOnlineListRequest
    response_class = DescribeLiveStreamOnlineListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "OnlineInfo": ("online_info", structures.StreamOnlineInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_stream_online_list()
        return response
