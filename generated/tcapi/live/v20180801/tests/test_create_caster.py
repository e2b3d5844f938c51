"""Generated tests of CreateCaster: the documented examples in create_caster.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_caster import CreateCasterRequest, CreateCasterResponse


class TestCreateCasterRequest(ActionSuite):
    action = "CreateCaster"
    data_file = Path(__file__).with_name("create_caster.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateCasterRequest
    response_class = CreateCasterResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "CasterId": ("caster_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_caster()
        return response
