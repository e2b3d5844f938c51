"""Generated tests of DescribeRecord: the documented examples in describe_record.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_record import DescribeRecordRequest, DescribeRecordResponse


class TestDescribeRecordRequest(ActionSuite):
    action = "DescribeRecord"
    data_file = Path(__file__).with_name("describe_record.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeRecordRequest
    response_class = DescribeRecordResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "totalCount": ("total_count", None),
        "fileSet": ("file_set", None),
        "fileId": ("file_id", None),
        "startTime": ("start_time", None),
        "endTime": ("end_time", None),
        "fileName": ("file_name", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_record(
            channel_id="example",
            task_id=1,
        )
        return response
