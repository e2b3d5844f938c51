"""Generated tests of DescribeTimeShiftRecordDetail: the documented examples in describe_time_shift_record_detail.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_time_shift_record_detail import (
    DescribeTimeShiftRecordDetailRequest,
    DescribeTimeShiftRecordDetailResponse,
)


class TestDescribeTimeShiftRecordDetailRequest(ActionSuite):
    action = "DescribeTimeShiftRecordDetail"
    data_file = Path(__file__).with_name("describe_time_shift_record_detail.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeTimeShiftRecordDetailRequest
    response_class = DescribeTimeShiftRecordDetailResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RecordList": ("record_list", structures.TimeShiftRecord),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_time_shift_record_detail(
            domain="push.domain.com",
            app_name="push/path",
            stream_name="stream",
            start_time=1,
            end_time=1,
        )
        return response
