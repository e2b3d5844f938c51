"""Generated tests of DescribeCasterOutputInfos: the documented examples in describe_caster_output_infos.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_caster_output_infos import DescribeCasterOutputInfosRequest, DescribeCasterOutputInfosResponse


class TestDescribeCasterOutputInfosRequest(ActionSuite):
    action = "DescribeCasterOutputInfos"
    data_file = Path(__file__).with_name("describe_caster_output_infos.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCasterOutputInfosRequest
    response_class = DescribeCasterOutputInfosResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "OutputInfos": ("output_infos", structures.CasterOutputInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_caster_output_infos(
            caster_id=1,
        )
        return response
