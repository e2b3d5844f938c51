"""Generated tests of DescribeLiveStreamPublishedList: the documented examples in describe_live_stream_published_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_stream_published_list import (
    DescribeLiveStreamPublishedListRequest,
    DescribeLiveStreamPublishedListResponse,
)


class TestDescribeLiveStreamPublishedListRequest(ActionSuite):
    action = "DescribeLiveStreamPublishedList"
    data_file = Path(__file__).with_name("describe_live_stream_published_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveStreamPublishedListRequest
    response_class = DescribeLiveStreamPublishedListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PublishInfo": ("publish_info", structures.StreamName),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_stream_published_list(
            domain_name="5000.livepush.com",
            end_time="2024-11-23T00:00:00Z",
            start_time="2024-11-22T00:00:00Z",
        )
        return response
