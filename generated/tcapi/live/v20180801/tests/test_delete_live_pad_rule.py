"""Generated tests of DeleteLivePadRule: the documented examples in delete_live_pad_rule.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.delete_live_pad_rule import DeleteLivePadRuleRequest, DeleteLivePadRuleResponse


class TestDeleteLivePadRuleRequest(ActionSuite):
    action = "DeleteLivePadRule"
    data_file = Path(__file__).with_name("delete_live_pad_rule.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DeleteLivePadRuleRequest
    response_class = DeleteLivePadRuleResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.delete_live_pad_rule(
            domain_name="yourdomain.test.com",
            app_name="live",
            stream_name="stream",
            template_id=1,
        )
        return response
