"""Generated tests of DescribeConcurrentRecordStreamNum: the documented examples in describe_concurrent_record_stream_num.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_concurrent_record_stream_num import (
    DescribeConcurrentRecordStreamNumRequest,
    DescribeConcurrentRecordStreamNumResponse,
)


class TestDescribeConcurrentRecordStreamNumRequest(ActionSuite):
    action = "DescribeConcurrentRecordStreamNum"
    data_file = Path(__file__).with_name("describe_concurrent_record_stream_num.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeConcurrentRecordStreamNumRequest
    response_class = DescribeConcurrentRecordStreamNumResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.ConcurrentRecordStreamNum),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_concurrent_record_stream_num(
            live_type="NormalLive",
            start_time="2019-03-01T00:00:00+08:00",
            end_time="2019-03-01T00:00:00+08:00",
        )
        return response
