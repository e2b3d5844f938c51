"""Generated tests of DescribeLiveXP2PDetailInfoList: the documented examples in describe_live_xp2_p_detail_info_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_xp2_p_detail_info_list import (
    DescribeLiveXP2PDetailInfoListRequest,
    DescribeLiveXP2PDetailInfoListResponse,
)


class TestDescribeLiveXP2PDetailInfoListRequest(ActionSuite):
    action = "DescribeLiveXP2PDetailInfoList"
    data_file = Path(__file__).with_name("describe_live_xp2_p_detail_info_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveXP2PDetailInfoListRequest
    response_class = DescribeLiveXP2PDetailInfoListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.XP2PDetailInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_xp2_p_detail_info_list()
        return response
