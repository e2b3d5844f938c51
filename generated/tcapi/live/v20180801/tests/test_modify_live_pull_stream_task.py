"""Generated tests of ModifyLivePullStreamTask: the documented examples in modify_live_pull_stream_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_pull_stream_task import ModifyLivePullStreamTaskRequest, ModifyLivePullStreamTaskResponse


class TestModifyLivePullStreamTaskRequest(ActionSuite):
    action = "ModifyLivePullStreamTask"
    data_file = Path(__file__).with_name("modify_live_pull_stream_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLivePullStreamTaskRequest
    response_class = ModifyLivePullStreamTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_pull_stream_task(
            task_id="965454",
            operator="yourname",
        )
        return response
