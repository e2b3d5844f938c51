"""Generated tests of DescribeDeliverLogDownList: the documented examples in describe_deliver_log_down_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_deliver_log_down_list import (
    DescribeDeliverLogDownListRequest,
    DescribeDeliverLogDownListResponse,
)


class TestDescribeDeliverLogDownListRequest(ActionSuite):
    action = "DescribeDeliverLogDownList"
    data_file = Path(__file__).with_name("describe_deliver_log_down_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeDeliverLogDownListRequest
    response_class = DescribeDeliverLogDownListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "LogInfoList": ("log_info_list", structures.PushLogInfo),
        "TotalNum": ("total_num", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_deliver_log_down_list()
        return response
