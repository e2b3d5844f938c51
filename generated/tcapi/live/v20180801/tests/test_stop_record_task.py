"""Generated tests of StopRecordTask: the documented examples in stop_record_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.stop_record_task import StopRecordTaskRequest, StopRecordTaskResponse


class TestStopRecordTaskRequest(ActionSuite):
    action = "StopRecordTask"
    data_file = Path(__file__).with_name("stop_record_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = StopRecordTaskRequest
    response_class = StopRecordTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.stop_record_task(
            task_id="UZZUVbQ1FSQFlvKxYBxUVGzwcBB00UETZU5QRlNURlhR1FDUVBFUWpCUkbUUBKb",
        )
        return response
