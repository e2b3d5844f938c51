"""Generated tests of DescribeLivePadTemplate: the documented examples in describe_live_pad_template.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_pad_template import DescribeLivePadTemplateRequest, DescribeLivePadTemplateResponse


class TestDescribeLivePadTemplateRequest(ActionSuite):
    action = "DescribeLivePadTemplate"
    data_file = Path(__file__).with_name("describe_live_pad_template.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLivePadTemplateRequest
    response_class = DescribeLivePadTemplateResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Template": ("template", structures.PadTemplate),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_pad_template(
            template_id=1,
        )
        return response
