"""Generated tests of DescribeStreamPushInfoList: the documented examples in describe_stream_push_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_stream_push_info_list import (
    DescribeStreamPushInfoListRequest,
    DescribeStreamPushInfoListResponse,
)


class TestDescribeStreamPushInfoListRequest(ActionSuite):
    action = "DescribeStreamPushInfoList"
    data_file = Path(__file__).with_name("describe_stream_push_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeStreamPushInfoListRequest
    response_class = DescribeStreamPushInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.PushQualityData),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_stream_push_info_list(
            stream_name="stream1",
            start_time="2020-01-01T00:00:00Z",
            end_time="2020-01-01T00:00:00Z",
        )
        return response
