"""Generated tests of DescribeLiveTimeShiftWriteSizeInfoList: the documented examples in describe_live_time_shift_write_size_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_time_shift_write_size_info_list import (
    DescribeLiveTimeShiftWriteSizeInfoListRequest,
    DescribeLiveTimeShiftWriteSizeInfoListResponse,
)


class TestDescribeLiveTimeShiftWriteSizeInfoListRequest(ActionSuite):
    action = "DescribeLiveTimeShiftWriteSizeInfoList"
    data_file = Path(__file__).with_name("describe_live_time_shift_write_size_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveTimeShiftWriteSizeInfoListRequest
    response_class = DescribeLiveTimeShiftWriteSizeInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.TimeShiftWriteSizeData),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_time_shift_write_size_info_list(
            start_time="2022-11-01T00:00:00+08:00",
            end_time="2022-11-01T00:00:00+08:00",
        )
        return response
