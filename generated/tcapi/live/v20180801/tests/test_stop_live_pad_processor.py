"""Generated tests of StopLivePadProcessor: the documented examples in stop_live_pad_processor.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.stop_live_pad_processor import StopLivePadProcessorRequest, StopLivePadProcessorResponse


class TestStopLivePadProcessorRequest(ActionSuite):
    action = "StopLivePadProcessor"
    data_file = Path(__file__).with_name("stop_live_pad_processor.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = StopLivePadProcessorRequest
    response_class = StopLivePadProcessorResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "ResultMessage": ("result_message", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.stop_live_pad_processor(
            app_name="live",
            push_domain_name="5000.livepush.myqcloud.com",
            stream_name="stream1",
        )
        return response
