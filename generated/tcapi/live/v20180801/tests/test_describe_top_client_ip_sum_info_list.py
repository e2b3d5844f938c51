"""Generated tests of DescribeTopClientIpSumInfoList: the documented examples in describe_top_client_ip_sum_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_top_client_ip_sum_info_list import (
    DescribeTopClientIpSumInfoListRequest,
    DescribeTopClientIpSumInfoListResponse,
)


class TestDescribeTopClientIpSumInfoListRequest(ActionSuite):
    action = "DescribeTopClientIpSumInfoList"
    data_file = Path(__file__).with_name("describe_top_client_ip_sum_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeTopClientIpSumInfoListRequest
    response_class = DescribeTopClientIpSumInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "OrderParam": ("order_param", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "DataInfoList": ("data_info_list", structures.ClientIpPlaySumInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_top_client_ip_sum_info_list(
            start_time="2020-01-01T00:00:00Z",
            end_time="2020-01-01T00:00:00Z",
        )
        return response
