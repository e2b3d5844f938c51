"""Generated tests of DeleteLiveWatermarkRule: the documented examples in delete_live_watermark_rule.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.delete_live_watermark_rule import DeleteLiveWatermarkRuleRequest, DeleteLiveWatermarkRuleResponse


class TestDeleteLiveWatermarkRuleRequest(ActionSuite):
    action = "DeleteLiveWatermarkRule"
    data_file = Path(__file__).with_name("delete_live_watermark_rule.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DeleteLiveWatermarkRuleRequest
    response_class = DeleteLiveWatermarkRuleResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.delete_live_watermark_rule(
            domain_name="5000.livepush.myqcloud.com",
            app_name="live",
            stream_name="stream1",
        )
        return response
