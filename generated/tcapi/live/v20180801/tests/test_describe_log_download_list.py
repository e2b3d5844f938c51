"""Generated tests of DescribeLogDownloadList: the documented examples in describe_log_download_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_log_download_list import DescribeLogDownloadListRequest, DescribeLogDownloadListResponse


class TestDescribeLogDownloadListRequest(ActionSuite):
    action = "DescribeLogDownloadList"
    data_file = Path(__file__).with_name("describe_log_download_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLogDownloadListRequest
    response_class = DescribeLogDownloadListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "LogInfoList": ("log_info_list", structures.LogInfo),
        "TotalNum": ("total_num", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_log_download_list(
            start_time="2020-01-01 00:00:00",
            end_time="2020-01-01 00:00:00",
            play_domains=['["5000.liveplay.com\\r\\n"]'],
        )
        return response
