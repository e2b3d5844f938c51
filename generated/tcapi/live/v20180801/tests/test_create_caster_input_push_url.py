"""Generated tests of CreateCasterInputPushUrl: the documented examples in create_caster_input_push_url.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_caster_input_push_url import CreateCasterInputPushUrlRequest, CreateCasterInputPushUrlResponse


class TestCreateCasterInputPushUrlRequest(ActionSuite):
    action = "CreateCasterInputPushUrl"
    data_file = Path(__file__).with_name("create_caster_input_push_url.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateCasterInputPushUrlRequest
    response_class = CreateCasterInputPushUrlResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PushUrl": ("push_url", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_caster_input_push_url(
            caster_id=1,
            input_index=1,
        )
        return response
