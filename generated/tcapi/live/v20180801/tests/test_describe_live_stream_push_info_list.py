"""Generated tests of DescribeLiveStreamPushInfoList: the documented examples in describe_live_stream_push_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_stream_push_info_list import (
    DescribeLiveStreamPushInfoListRequest,
    DescribeLiveStreamPushInfoListResponse,
)


class TestDescribeLiveStreamPushInfoListRequest(ActionSuite):
    action = "DescribeLiveStreamPushInfoList"
    data_file = Path(__file__).with_name("describe_live_stream_push_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveStreamPushInfoListRequest
    response_class = DescribeLiveStreamPushInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.PushDataInfo),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_stream_push_info_list()
        return response
