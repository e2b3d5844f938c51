"""Generated tests of UpdateLiveWatermark: the documented examples in update_live_watermark.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.update_live_watermark import UpdateLiveWatermarkRequest, UpdateLiveWatermarkResponse


class TestUpdateLiveWatermarkRequest(ActionSuite):
    action = "UpdateLiveWatermark"
    data_file = Path(__file__).with_name("update_live_watermark.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = UpdateLiveWatermarkRequest
    response_class = UpdateLiveWatermarkResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.update_live_watermark(
            watermark_id=1,
            picture_url="http://watermark-10005041.cos.myqcloud.com/1251830167/watermark_",
            x_position=1,
            y_position=1,
        )
        return response
