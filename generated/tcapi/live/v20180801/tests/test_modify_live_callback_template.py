"""Generated tests of ModifyLiveCallbackTemplate: the documented examples in modify_live_callback_template.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_callback_template import ModifyLiveCallbackTemplateRequest, ModifyLiveCallbackTemplateResponse


class TestModifyLiveCallbackTemplateRequest(ActionSuite):
    action = "ModifyLiveCallbackTemplate"
    data_file = Path(__file__).with_name("modify_live_callback_template.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLiveCallbackTemplateRequest
    response_class = ModifyLiveCallbackTemplateResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_callback_template(
            template_id=1,
        )
        return response
