"""Generated tests of DescribeLiveStreamEventList: the documented examples in describe_live_stream_event_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_stream_event_list import (
    DescribeLiveStreamEventListRequest,
    DescribeLiveStreamEventListResponse,
)


class TestDescribeLiveStreamEventListRequest(ActionSuite):
    action = "DescribeLiveStreamEventList"
    data_file = Path(__file__).with_name("describe_live_stream_event_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveStreamEventListRequest
    response_class = DescribeLiveStreamEventListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "EventList": ("event_list", structures.StreamEventInfo),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_stream_event_list(
            start_time="2019-01-04T12:00:00Z",
            end_time="2019-01-04T20:00:00Z",
        )
        return response
