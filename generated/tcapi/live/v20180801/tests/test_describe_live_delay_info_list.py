"""Generated tests of DescribeLiveDelayInfoList: the documented examples in describe_live_delay_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_delay_info_list import DescribeLiveDelayInfoListRequest, DescribeLiveDelayInfoListResponse


class TestDescribeLiveDelayInfoListRequest(ActionSuite):
    action = "DescribeLiveDelayInfoList"
    data_file = Path(__file__).with_name("describe_live_delay_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveDelayInfoListRequest
    response_class = DescribeLiveDelayInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DelayInfoList": ("delay_info_list", structures.DelayInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_delay_info_list()
        return response
