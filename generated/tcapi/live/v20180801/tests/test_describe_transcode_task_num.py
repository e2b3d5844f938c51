"""Generated tests of DescribeTranscodeTaskNum: the documented examples in describe_transcode_task_num.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_transcode_task_num import DescribeTranscodeTaskNumRequest, DescribeTranscodeTaskNumResponse


class TestDescribeTranscodeTaskNumRequest(ActionSuite):
    action = "DescribeTranscodeTaskNum"
    data_file = Path(__file__).with_name("describe_transcode_task_num.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeTranscodeTaskNumRequest
    response_class = DescribeTranscodeTaskNumResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.TranscodeTaskNum),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_transcode_task_num(
            start_time="2020-01-01 00:00:00",
            end_time="2022-01-09 23:00:0",
        )
        return response
