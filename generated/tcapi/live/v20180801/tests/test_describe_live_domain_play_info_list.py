"""Generated tests of DescribeLiveDomainPlayInfoList: the documented examples in describe_live_domain_play_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_domain_play_info_list import (
    DescribeLiveDomainPlayInfoListRequest,
    DescribeLiveDomainPlayInfoListResponse,
)


class TestDescribeLiveDomainPlayInfoListRequest(ActionSuite):
    action = "DescribeLiveDomainPlayInfoList"
    data_file = Path(__file__).with_name("describe_live_domain_play_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveDomainPlayInfoListRequest
    response_class = DescribeLiveDomainPlayInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Time": ("time", None),
        "TotalBandwidth": ("total_bandwidth", None),
        "TotalFlux": ("total_flux", None),
        "TotalRequest": ("total_request", None),
        "TotalOnline": ("total_online", None),
        "DomainInfoList": ("domain_info_list", structures.DomainInfoList),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_domain_play_info_list()
        return response
