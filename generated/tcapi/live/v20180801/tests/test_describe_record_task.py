"""Generated tests of DescribeRecordTask: the documented examples in describe_record_task.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_record_task import DescribeRecordTaskRequest, DescribeRecordTaskResponse


class TestDescribeRecordTaskRequest(ActionSuite):
    action = "DescribeRecordTask"
    data_file = Path(__file__).with_name("describe_record_task.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeRecordTaskRequest
    response_class = DescribeRecordTaskResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "ScrollToken": ("scroll_token", None),
        "TaskList": ("task_list", structures.RecordTask),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_record_task(
            start_time=1,
            end_time=1,
        )
        return response
