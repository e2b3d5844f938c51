"""Generated tests of DescribeLiveTranscodeTotalInfo: the documented examples in describe_live_transcode_total_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_transcode_total_info import (
    DescribeLiveTranscodeTotalInfoRequest,
    DescribeLiveTranscodeTotalInfoResponse,
)


class TestDescribeLiveTranscodeTotalInfoRequest(ActionSuite):
    action = "DescribeLiveTranscodeTotalInfo"
    data_file = Path(__file__).with_name("describe_live_transcode_total_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveTranscodeTotalInfoRequest
    response_class = DescribeLiveTranscodeTotalInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.TranscodeTotalInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_transcode_total_info(
            start_time="2019-03-01 00:00:00",
            end_time="2019-03-01 12:00:00",
        )
        return response
