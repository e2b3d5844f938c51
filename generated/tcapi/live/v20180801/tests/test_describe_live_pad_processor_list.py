"""Generated tests of DescribeLivePadProcessorList: the documented examples in describe_live_pad_processor_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_pad_processor_list import (
    DescribeLivePadProcessorListRequest,
    DescribeLivePadProcessorListResponse,
)


class TestDescribeLivePadProcessorListRequest(ActionSuite):
    action = "DescribeLivePadProcessorList"
    data_file = Path(__file__).with_name("describe_live_pad_processor_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLivePadProcessorListRequest
    response_class = DescribeLivePadProcessorListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "StreamNameList": ("stream_name_list", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_pad_processor_list(
            app_name="live",
            push_domain_name="5000.livepush.myqcloud.com",
        )
        return response
