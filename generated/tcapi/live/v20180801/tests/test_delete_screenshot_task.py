"""Generated tests of DeleteScreenshotTask: the documented examples in delete_screenshot_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.delete_screenshot_task import DeleteScreenshotTaskRequest, DeleteScreenshotTaskResponse


class TestDeleteScreenshotTaskRequest(ActionSuite):
    action = "DeleteScreenshotTask"
    data_file = Path(__file__).with_name("delete_screenshot_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DeleteScreenshotTaskRequest
    response_class = DeleteScreenshotTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.delete_screenshot_task(
            task_id="UZZUVbQ1FSQFlvKxYSBxUVGzB00UEFTZU5RlNURlhR1FDUVBFUWpCkNbUUBKb",
        )
        return response
