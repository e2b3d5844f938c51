"""Generated tests of DescribeCaster: the documented examples in describe_caster.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_caster import DescribeCasterRequest, DescribeCasterResponse


class TestDescribeCasterRequest(ActionSuite):
    action = "DescribeCaster"
    data_file = Path(__file__).with_name("describe_caster.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCasterRequest
    response_class = DescribeCasterResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "CasterInfo": ("caster_info", structures.CasterInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_caster(
            caster_id=1,
        )
        return response
