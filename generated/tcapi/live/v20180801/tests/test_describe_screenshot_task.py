"""Generated tests of DescribeScreenshotTask: the documented examples in describe_screenshot_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_screenshot_task import DescribeScreenshotTaskRequest, DescribeScreenshotTaskResponse


class TestDescribeScreenshotTaskRequest(ActionSuite):
    action = "DescribeScreenshotTask"
    data_file = Path(__file__).with_name("describe_screenshot_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeScreenshotTaskRequest
    response_class = DescribeScreenshotTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "ScrollToken": ("scroll_token", None),
        "TaskList": ("task_list", structures.ScreenshotTask),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_screenshot_task(
            start_time=1,
            end_time=1,
        )
        return response
