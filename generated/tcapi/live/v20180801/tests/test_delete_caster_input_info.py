"""Generated tests of DeleteCasterInputInfo: the documented examples in delete_caster_input_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.delete_caster_input_info import DeleteCasterInputInfoRequest, DeleteCasterInputInfoResponse


class TestDeleteCasterInputInfoRequest(ActionSuite):
    action = "DeleteCasterInputInfo"
    data_file = Path(__file__).with_name("delete_caster_input_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DeleteCasterInputInfoRequest
    response_class = DeleteCasterInputInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.delete_caster_input_info(
            caster_id=1,
            input_index=0,
        )
        return response
