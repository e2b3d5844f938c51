"""Generated tests of CreateLiveRecordRule: the documented examples in create_live_record_rule.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_live_record_rule import CreateLiveRecordRuleRequest, CreateLiveRecordRuleResponse


class TestCreateLiveRecordRuleRequest(ActionSuite):
    action = "CreateLiveRecordRule"
    data_file = Path(__file__).with_name("create_live_record_rule.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateLiveRecordRuleRequest
    response_class = CreateLiveRecordRuleResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_live_record_rule(
            domain_name="xxx.xx.com",
            template_id=1,
        )
        return response
