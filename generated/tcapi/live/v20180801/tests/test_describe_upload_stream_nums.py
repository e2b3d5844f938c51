"""Generated tests of DescribeUploadStreamNums: the documented examples in describe_upload_stream_nums.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_upload_stream_nums import DescribeUploadStreamNumsRequest, DescribeUploadStreamNumsResponse


class TestDescribeUploadStreamNumsRequest(ActionSuite):
    action = "DescribeUploadStreamNums"
    data_file = Path(__file__).with_name("describe_upload_stream_nums.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeUploadStreamNumsRequest
    response_class = DescribeUploadStreamNumsResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.ConcurrentRecordStreamNum),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_upload_stream_nums(
            start_time="2020-10-12T00:00:00+08:00",
            end_time="2020-10-12T01:01:05+08:00",
        )
        return response
