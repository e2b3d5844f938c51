"""Generated tests of StopScreenshotTask: the documented examples in stop_screenshot_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.stop_screenshot_task import StopScreenshotTaskRequest, StopScreenshotTaskResponse


class TestStopScreenshotTaskRequest(ActionSuite):
    action = "StopScreenshotTask"
    data_file = Path(__file__).with_name("stop_screenshot_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = StopScreenshotTaskRequest
    response_class = StopScreenshotTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.stop_screenshot_task(
            task_id="UZZUVbQ1FSQFlvKxYBxUVGzwcBB00UETZU5QRlNURlhR1FDUVBFUWpCUkbUUBKb",
        )
        return response
