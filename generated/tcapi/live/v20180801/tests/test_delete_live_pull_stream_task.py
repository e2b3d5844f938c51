"""Generated tests of DeleteLivePullStreamTask: the documented examples in delete_live_pull_stream_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.delete_live_pull_stream_task import DeleteLivePullStreamTaskRequest, DeleteLivePullStreamTaskResponse


class TestDeleteLivePullStreamTaskRequest(ActionSuite):
    action = "DeleteLivePullStreamTask"
    data_file = Path(__file__).with_name("delete_live_pull_stream_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DeleteLivePullStreamTaskRequest
    response_class = DeleteLivePullStreamTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.delete_live_pull_stream_task(
            task_id="9564231",
            operator="you_name",
        )
        return response
