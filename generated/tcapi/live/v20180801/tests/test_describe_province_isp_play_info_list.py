"""Generated tests of DescribeProvinceIspPlayInfoList: the documented examples in describe_province_isp_play_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_province_isp_play_info_list import (
    DescribeProvinceIspPlayInfoListRequest,
    DescribeProvinceIspPlayInfoListResponse,
)


class TestDescribeProvinceIspPlayInfoListRequest(ActionSuite):
    action = "DescribeProvinceIspPlayInfoList"
    data_file = Path(__file__).with_name("describe_province_isp_play_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeProvinceIspPlayInfoListRequest
    response_class = DescribeProvinceIspPlayInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.PlayStatInfo),
        "StatType": ("stat_type", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_province_isp_play_info_list(
            start_time="2019-02-01 00:00:00",
            end_time="2019-02-02 00:00:00",
            granularity=1,
            stat_type="Bandwidth",
        )
        return response
