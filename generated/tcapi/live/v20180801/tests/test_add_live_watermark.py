"""Generated tests of AddLiveWatermark: the documented examples in add_live_watermark.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.add_live_watermark import AddLiveWatermarkRequest, AddLiveWatermarkResponse


class TestAddLiveWatermarkRequest(ActionSuite):
    action = "AddLiveWatermark"
    data_file = Path(__file__).with_name("add_live_watermark.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = AddLiveWatermarkRequest
    response_class = AddLiveWatermarkResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "WatermarkId": ("watermark_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.add_live_watermark(
            picture_url="http://watermark-101.cos.myqcloud.com/1251830167/imglogo.png",
            watermark_name="logo",
        )
        return response
