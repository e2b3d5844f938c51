"""Generated tests of DescribeLivePullStreamTasks: the documented examples in describe_live_pull_stream_tasks.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_pull_stream_tasks import (
    DescribeLivePullStreamTasksRequest,
    DescribeLivePullStreamTasksResponse,
)


class TestDescribeLivePullStreamTasksRequest(ActionSuite):
    action = "DescribeLivePullStreamTasks"
    data_file = Path(__file__).with_name("describe_live_pull_stream_tasks.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLivePullStreamTasksRequest
    response_class = DescribeLivePullStreamTasksResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TaskInfos": ("task_infos", structures.PullStreamTaskInfo),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "LimitTaskNum": ("limit_task_num", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_pull_stream_tasks()
        return response
