"""Generated tests of DescribeCasterLayoutInfos: the documented examples in describe_caster_layout_infos.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_caster_layout_infos import DescribeCasterLayoutInfosRequest, DescribeCasterLayoutInfosResponse


class TestDescribeCasterLayoutInfosRequest(ActionSuite):
    action = "DescribeCasterLayoutInfos"
    data_file = Path(__file__).with_name("describe_caster_layout_infos.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCasterLayoutInfosRequest
    response_class = DescribeCasterLayoutInfosResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "LayoutInfos": ("layout_infos", structures.CasterLayoutInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_caster_layout_infos(
            caster_id=1,
        )
        return response
