"""Generated tests of DescribePlayErrorCodeDetailInfoList: the documented examples in describe_play_error_code_detail_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_play_error_code_detail_info_list import (
    DescribePlayErrorCodeDetailInfoListRequest,
    DescribePlayErrorCodeDetailInfoListResponse,
)


class TestDescribePlayErrorCodeDetailInfoListRequest(ActionSuite):
    action = "DescribePlayErrorCodeDetailInfoList"
    data_file = Path(__file__).with_name("describe_play_error_code_detail_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribePlayErrorCodeDetailInfoListRequest
    response_class = DescribePlayErrorCodeDetailInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "HttpCodeList": ("http_code_list", structures.HttpCodeInfo),
        "StatType": ("stat_type", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_play_error_code_detail_info_list(
            start_time="2019-03-01 00:00:00",
            end_time="2019-03-01 00:01:00",
            granularity=1,
            stat_type="4xx",
        )
        return response
