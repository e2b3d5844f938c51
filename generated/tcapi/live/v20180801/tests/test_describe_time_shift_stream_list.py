"""Generated tests of DescribeTimeShiftStreamList: the documented examples in describe_time_shift_stream_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_time_shift_stream_list import (
    DescribeTimeShiftStreamListRequest,
    DescribeTimeShiftStreamListResponse,
)


class TestDescribeTimeShiftStreamListRequest(ActionSuite):
    action = "DescribeTimeShiftStreamList"
    data_file = Path(__file__).with_name("describe_time_shift_stream_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeTimeShiftStreamListRequest
    response_class = DescribeTimeShiftStreamListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TotalSize": ("total_size", None),
        "StreamList": ("stream_list", structures.TimeShiftStreamInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_time_shift_stream_list(
            start_time=1,
            end_time=1,
        )
        return response
