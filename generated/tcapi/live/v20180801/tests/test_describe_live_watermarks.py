"""Generated tests of DescribeLiveWatermarks: the documented examples in describe_live_watermarks.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_watermarks import DescribeLiveWatermarksRequest, DescribeLiveWatermarksResponse


class TestDescribeLiveWatermarksRequest(ActionSuite):
    action = "DescribeLiveWatermarks"
    data_file = Path(__file__).with_name("describe_live_watermarks.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveWatermarksRequest
    response_class = DescribeLiveWatermarksResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TotalNum": ("total_num", None),
        "WatermarkList": ("watermark_list", structures.WatermarkInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_watermarks()
        return response
