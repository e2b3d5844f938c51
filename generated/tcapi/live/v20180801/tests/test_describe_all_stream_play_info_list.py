"""Generated tests of DescribeAllStreamPlayInfoList: the documented examples in describe_all_stream_play_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_all_stream_play_info_list import (
    DescribeAllStreamPlayInfoListRequest,
    DescribeAllStreamPlayInfoListResponse,
)


class TestDescribeAllStreamPlayInfoListRequest(ActionSuite):
    action = "DescribeAllStreamPlayInfoList"
    data_file = Path(__file__).with_name("describe_all_stream_play_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeAllStreamPlayInfoListRequest
    response_class = DescribeAllStreamPlayInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "QueryTime": ("query_time", None),
        "DataInfoList": ("data_info_list", structures.MonitorStreamPlayInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_all_stream_play_info_list(
            query_time="2019-12-12 10:00:00",
        )
        return response
