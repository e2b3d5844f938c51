"""Generated tests of ModifyLivePadTemplate: the documented examples in modify_live_pad_template.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_pad_template import ModifyLivePadTemplateRequest, ModifyLivePadTemplateResponse


class TestModifyLivePadTemplateRequest(ActionSuite):
    action = "ModifyLivePadTemplate"
    data_file = Path(__file__).with_name("modify_live_pad_template.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLivePadTemplateRequest
    response_class = ModifyLivePadTemplateResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_pad_template(
            template_id=1,
            url="https://test.com/a.mp4",
            wait_duration=0,
            max_duration=0,
            template_name="testName",
        )
        return response
