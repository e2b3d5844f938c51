"""Generated tests of CreateScreenshotTask: the documented examples in create_screenshot_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_screenshot_task import CreateScreenshotTaskRequest, CreateScreenshotTaskResponse


class TestCreateScreenshotTaskRequest(ActionSuite):
    action = "CreateScreenshotTask"
    data_file = Path(__file__).with_name("create_screenshot_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateScreenshotTaskRequest
    response_class = CreateScreenshotTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TaskId": ("task_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_screenshot_task(
            stream_name="livetest",
            domain_name="5000.live.push.com",
            app_name="live",
            end_time=1,
            template_id=1,
        )
        return response
