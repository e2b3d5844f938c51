"""Generated tests of DescribePushBandwidthAndFluxList: the documented examples in describe_push_bandwidth_and_flux_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_push_bandwidth_and_flux_list import (
    DescribePushBandwidthAndFluxListRequest,
    DescribePushBandwidthAndFluxListResponse,
)


class TestDescribePushBandwidthAndFluxListRequest(ActionSuite):
    action = "DescribePushBandwidthAndFluxList"
    data_file = Path(__file__).with_name("describe_push_bandwidth_and_flux_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribePushBandwidthAndFluxListRequest
    response_class = DescribePushBandwidthAndFluxListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PeakBandwidthTime": ("peak_bandwidth_time", None),
        "PeakBandwidth": ("peak_bandwidth", None),
        "P95PeakBandwidthTime": ("p95_peak_bandwidth_time", None),
        "P95PeakBandwidth": ("p95_peak_bandwidth", None),
        "SumFlux": ("sum_flux", None),
        "DataInfoList": ("data_info_list", structures.BillDataInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_push_bandwidth_and_flux_list(
            start_time="2019-02-01 00:00:00",
            end_time="2019-02-02 00:00:00",
        )
        return response
