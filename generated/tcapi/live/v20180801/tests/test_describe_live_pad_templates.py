"""Generated tests of DescribeLivePadTemplates: the documented examples in describe_live_pad_templates.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_pad_templates import DescribeLivePadTemplatesRequest, DescribeLivePadTemplatesResponse


class TestDescribeLivePadTemplatesRequest(ActionSuite):
    action = "DescribeLivePadTemplates"
    data_file = Path(__file__).with_name("describe_live_pad_templates.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLivePadTemplatesRequest
    response_class = DescribeLivePadTemplatesResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Templates": ("templates", structures.PadTemplate),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_pad_templates()
        return response
