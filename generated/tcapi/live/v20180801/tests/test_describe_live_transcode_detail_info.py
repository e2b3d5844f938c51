"""Generated tests of DescribeLiveTranscodeDetailInfo: the documented examples in describe_live_transcode_detail_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_transcode_detail_info import (
    DescribeLiveTranscodeDetailInfoRequest,
    DescribeLiveTranscodeDetailInfoResponse,
)


class TestDescribeLiveTranscodeDetailInfoRequest(ActionSuite):
    action = "DescribeLiveTranscodeDetailInfo"
    data_file = Path(__file__).with_name("describe_live_transcode_detail_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveTranscodeDetailInfoRequest
    response_class = DescribeLiveTranscodeDetailInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.TranscodeDetailInfo),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "TotalNum": ("total_num", None),
        "TotalPage": ("total_page", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_transcode_detail_info()
        return response
