"""Generated tests of DescribeRecordList: the documented examples in describe_record_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_record_list import DescribeRecordListRequest, DescribeRecordListResponse


class TestDescribeRecordListRequest(ActionSuite):
    action = "DescribeRecordList"
    data_file = Path(__file__).with_name("describe_record_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeRecordListRequest
    response_class = DescribeRecordListResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "totalCount": ("total_count", None),
        "taskSet": ("task_set", None),
        "id": ("id_", None),
        "startTime": ("start_time", None),
        "endTime": ("end_time", None),
        "status": ("status", None),
        "count": ("count", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_record_list(
            channel_id="example",
        )
        return response
