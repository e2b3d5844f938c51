"""Generated tests of DescribeProIspPlaySumInfoList: the documented examples in describe_pro_isp_play_sum_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_pro_isp_play_sum_info_list import (
    DescribeProIspPlaySumInfoListRequest,
    DescribeProIspPlaySumInfoListResponse,
)


class TestDescribeProIspPlaySumInfoListRequest(ActionSuite):
    action = "DescribeProIspPlaySumInfoList"
    data_file = Path(__file__).with_name("describe_pro_isp_play_sum_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeProIspPlaySumInfoListRequest
    response_class = DescribeProIspPlaySumInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TotalFlux": ("total_flux", None),
        "TotalRequest": ("total_request", None),
        "StatType": ("stat_type", None),
        "PageSize": ("page_size", None),
        "PageNum": ("page_num", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "DataInfoList": ("data_info_list", structures.ProIspPlaySumInfo),
        "AvgFluxPerSecond": ("avg_flux_per_second", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_pro_isp_play_sum_info_list(
            start_time="2019-03-01 00:00:00",
            end_time="2019-03-01 12:00:00",
            stat_type="Province",
        )
        return response
