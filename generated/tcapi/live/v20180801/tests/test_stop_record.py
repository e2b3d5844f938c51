"""Generated tests of StopRecord: the documented examples in stop_record.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.stop_record import StopRecordRequest, StopRecordResponse


class TestStopRecordRequest(ActionSuite):
    action = "StopRecord"
    data_file = Path(__file__).with_name("stop_record.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = StopRecordRequest
    response_class = StopRecordResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.stop_record(
            channel_id="example",
            task_id=1,
        )
        return response
