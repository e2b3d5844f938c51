"""Generated tests of CreateLivePadTemplate: the documented examples in create_live_pad_template.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_live_pad_template import CreateLivePadTemplateRequest, CreateLivePadTemplateResponse


class TestCreateLivePadTemplateRequest(ActionSuite):
    action = "CreateLivePadTemplate"
    data_file = Path(__file__).with_name("create_live_pad_template.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateLivePadTemplateRequest
    response_class = CreateLivePadTemplateResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TemplateId": ("template_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_live_pad_template(
            template_name="testName",
            url="https://test.com/a.mp4",
        )
        return response
