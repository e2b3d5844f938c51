"""Generated tests of DescribeGroupProIspPlayInfoList: the documented examples in describe_group_pro_isp_play_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_group_pro_isp_play_info_list import (
    DescribeGroupProIspPlayInfoListRequest,
    DescribeGroupProIspPlayInfoListResponse,
)


class TestDescribeGroupProIspPlayInfoListRequest(ActionSuite):
    action = "DescribeGroupProIspPlayInfoList"
    data_file = Path(__file__).with_name("describe_group_pro_isp_play_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeGroupProIspPlayInfoListRequest
    response_class = DescribeGroupProIspPlayInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.GroupProIspDataInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_group_pro_isp_play_info_list(
            start_time="2019-03-29 09:00:00",
            end_time="2019-03-29 09:10:00",
        )
        return response
