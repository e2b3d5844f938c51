"""Generated tests of DescribePlayErrorCodeSumInfoList: the documented examples in describe_play_error_code_sum_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_play_error_code_sum_info_list import (
    DescribePlayErrorCodeSumInfoListRequest,
    DescribePlayErrorCodeSumInfoListResponse,
)


class TestDescribePlayErrorCodeSumInfoListRequest(ActionSuite):
    action = "DescribePlayErrorCodeSumInfoList"
    data_file = Path(__file__).with_name("describe_play_error_code_sum_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribePlayErrorCodeSumInfoListRequest
    response_class = DescribePlayErrorCodeSumInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "ProIspInfoList": ("pro_isp_info_list", structures.ProIspPlayCodeDataInfo),
        "TotalCodeAll": ("total_code_all", None),
        "TotalCode4xx": ("total_code4xx", None),
        "TotalCode5xx": ("total_code5xx", None),
        "TotalCodeList": ("total_code_list", structures.PlayCodeTotalInfo),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "TotalPage": ("total_page", None),
        "TotalNum": ("total_num", None),
        "TotalCode2xx": ("total_code2xx", None),
        "TotalCode3xx": ("total_code3xx", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_play_error_code_sum_info_list(
            start_time="2020-01-01 00:00:00",
            end_time="2020-01-01 00:00:00",
        )
        return response
