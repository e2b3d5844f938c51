"""Generated tests of DescribeDeliverBandwidthList: the documented examples in describe_deliver_bandwidth_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_deliver_bandwidth_list import (
    DescribeDeliverBandwidthListRequest,
    DescribeDeliverBandwidthListResponse,
)


class TestDescribeDeliverBandwidthListRequest(ActionSuite):
    action = "DescribeDeliverBandwidthList"
    data_file = Path(__file__).with_name("describe_deliver_bandwidth_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeDeliverBandwidthListRequest
    response_class = DescribeDeliverBandwidthListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.BandwidthInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_deliver_bandwidth_list(
            start_time="2020-01-07 21:10:00",
            end_time="2020-01-07 21:15:00",
        )
        return response
