"""Generated tests of DescribeLiveTimeShiftBillInfoList: the documented examples in describe_live_time_shift_bill_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_time_shift_bill_info_list import (
    DescribeLiveTimeShiftBillInfoListRequest,
    DescribeLiveTimeShiftBillInfoListResponse,
)


class TestDescribeLiveTimeShiftBillInfoListRequest(ActionSuite):
    action = "DescribeLiveTimeShiftBillInfoList"
    data_file = Path(__file__).with_name("describe_live_time_shift_bill_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveTimeShiftBillInfoListRequest
    response_class = DescribeLiveTimeShiftBillInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.TimeShiftBillData),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_time_shift_bill_info_list(
            start_time="2020-01-01T00:00:00Z",
            end_time="2020-01-01T00:00:00Z",
        )
        return response
