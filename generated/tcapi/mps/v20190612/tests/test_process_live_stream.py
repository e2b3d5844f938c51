"""Generated tests of ProcessLiveStream: the documented examples in process_live_stream.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncMpsClient
from ..client import MpsClient
from ..models.process_live_stream import ProcessLiveStreamRequest, ProcessLiveStreamResponse


class TestProcessLiveStreamRequest(ActionSuite):
    action = "ProcessLiveStream"
    data_file = Path(__file__).with_name("process_live_stream.json")
    client_class = MpsClient
    async_client_class = AsyncMpsClient
    request_class = ProcessLiveStreamRequest
    response_class = ProcessLiveStreamResponse
    region = "ap-guangzhou"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TaskId": ("task_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.process_live_stream(
            url="example",
            task_notify_config={},
        )
        return response
