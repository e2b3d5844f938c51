"""Generated tests of DescribeVisitTopSumInfoList: the documented examples in describe_visit_top_sum_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_visit_top_sum_info_list import (
    DescribeVisitTopSumInfoListRequest,
    DescribeVisitTopSumInfoListResponse,
)


class TestDescribeVisitTopSumInfoListRequest(ActionSuite):
    action = "DescribeVisitTopSumInfoList"
    data_file = Path(__file__).with_name("describe_visit_top_sum_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeVisitTopSumInfoListRequest
    response_class = DescribeVisitTopSumInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "TopIndex": ("top_index", None),
        "OrderParam": ("order_param", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "DataInfoList": ("data_info_list", structures.PlaySumStatInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_visit_top_sum_info_list(
            start_time="2020-01-01 00:00:00",
            end_time="2020-01-01 00:00:00",
            top_index="StreamId",
        )
        return response
