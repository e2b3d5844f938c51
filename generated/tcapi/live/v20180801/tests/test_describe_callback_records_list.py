"""Generated tests of DescribeCallbackRecordsList: the documented examples in describe_callback_records_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_callback_records_list import (
    DescribeCallbackRecordsListRequest,
    DescribeCallbackRecordsListResponse,
)


class TestDescribeCallbackRecordsListRequest(ActionSuite):
    action = "DescribeCallbackRecordsList"
    data_file = Path(__file__).with_name("describe_callback_records_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCallbackRecordsListRequest
    response_class = DescribeCallbackRecordsListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.CallbackEventInfo),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_callback_records_list(
            start_time="2020-10-12T00:00:00+08:00",
            end_time="2020-10-12T00:00:00+08:00",
            stream_name="stream1",
            page_num=1,
            page_size=1,
        )
        return response
