"""Generated tests of DescribeAreaBillBandwidthAndFluxList: the documented examples in describe_area_bill_bandwidth_and_flux_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_area_bill_bandwidth_and_flux_list import (
    DescribeAreaBillBandwidthAndFluxListRequest,
    DescribeAreaBillBandwidthAndFluxListResponse,
)


class TestDescribeAreaBillBandwidthAndFluxListRequest(ActionSuite):
    action = "DescribeAreaBillBandwidthAndFluxList"
    data_file = Path(__file__).with_name("describe_area_bill_bandwidth_and_flux_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeAreaBillBandwidthAndFluxListRequest
    response_class = DescribeAreaBillBandwidthAndFluxListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.BillAreaInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_area_bill_bandwidth_and_flux_list(
            start_time="2019-02-0100:00:00",
            end_time="2019-02-0100:10:00",
        )
        return response
