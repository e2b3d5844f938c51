"""Generated tests of DescribeCasterList: the documented examples in describe_caster_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_caster_list import DescribeCasterListRequest, DescribeCasterListResponse


class TestDescribeCasterListRequest(ActionSuite):
    action = "DescribeCasterList"
    data_file = Path(__file__).with_name("describe_caster_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCasterListRequest
    response_class = DescribeCasterListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "CasterList": ("caster_list", structures.CasterBriefInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_caster_list()
        return response
