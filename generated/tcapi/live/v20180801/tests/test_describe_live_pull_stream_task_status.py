"""Generated tests of DescribeLivePullStreamTaskStatus: the documented examples in describe_live_pull_stream_task_status.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_pull_stream_task_status import (
    DescribeLivePullStreamTaskStatusRequest,
    DescribeLivePullStreamTaskStatusResponse,
)


class TestDescribeLivePullStreamTaskStatusRequest(ActionSuite):
    action = "DescribeLivePullStreamTaskStatus"
    data_file = Path(__file__).with_name("describe_live_pull_stream_task_status.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLivePullStreamTaskStatusRequest
    response_class = DescribeLivePullStreamTaskStatusResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TaskStatusInfo": ("task_status_info", structures.TaskStatusInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_pull_stream_task_status(
            task_id="965421",
        )
        return response
