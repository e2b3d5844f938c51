"""Generated tests of CreateLivePullStreamTask: the documented examples in create_live_pull_stream_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_live_pull_stream_task import CreateLivePullStreamTaskRequest, CreateLivePullStreamTaskResponse


class TestCreateLivePullStreamTaskRequest(ActionSuite):
    action = "CreateLivePullStreamTask"
    data_file = Path(__file__).with_name("create_live_pull_stream_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateLivePullStreamTaskRequest
    response_class = CreateLivePullStreamTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TaskId": ("task_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_live_pull_stream_task(
            source_type="PullLivePushLive",
            source_urls=["http://5000.liveplay.myqcloud.com/live/testsrc.flv?txSecret=4d8e"],
            domain_name="5000.livepush.myqcloud.com",
            app_name="live",
            stream_name="teststream",
            start_time="2021-02-07T08:00:00Z",
            end_time="2021-02-09T08:00:00Z",
            operator="admin",
        )
        return response
