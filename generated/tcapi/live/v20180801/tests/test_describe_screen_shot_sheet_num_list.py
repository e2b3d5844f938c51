"""Generated tests of DescribeScreenShotSheetNumList: the documented examples in describe_screen_shot_sheet_num_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_screen_shot_sheet_num_list import (
    DescribeScreenShotSheetNumListRequest,
    DescribeScreenShotSheetNumListResponse,
)


class TestDescribeScreenShotSheetNumListRequest(ActionSuite):
    action = "DescribeScreenShotSheetNumList"
    data_file = Path(__file__).with_name("describe_screen_shot_sheet_num_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeScreenShotSheetNumListRequest
    response_class = DescribeScreenShotSheetNumListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.TimeValue),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_screen_shot_sheet_num_list(
            start_time="2019-11-07T16:00:00Z",
            end_time="2019-11-09T15:59:00Z",
        )
        return response
