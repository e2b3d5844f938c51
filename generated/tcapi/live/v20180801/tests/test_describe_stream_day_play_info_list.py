"""Generated tests of DescribeStreamDayPlayInfoList: the documented examples in describe_stream_day_play_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_stream_day_play_info_list import (
    DescribeStreamDayPlayInfoListRequest,
    DescribeStreamDayPlayInfoListResponse,
)


class TestDescribeStreamDayPlayInfoListRequest(ActionSuite):
    action = "DescribeStreamDayPlayInfoList"
    data_file = Path(__file__).with_name("describe_stream_day_play_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeStreamDayPlayInfoListRequest
    response_class = DescribeStreamDayPlayInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.PlayDataInfoByStream),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_stream_day_play_info_list(
            day_time="2019-02-21",
        )
        return response
