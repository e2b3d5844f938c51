"""Generated tests of AddCasterMarkWordInfo: the documented examples in add_caster_mark_word_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.add_caster_mark_word_info import AddCasterMarkWordInfoRequest, AddCasterMarkWordInfoResponse


class TestAddCasterMarkWordInfoRequest(ActionSuite):
    action = "AddCasterMarkWordInfo"
    data_file = Path(__file__).with_name("add_caster_mark_word_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = AddCasterMarkWordInfoRequest
    response_class = AddCasterMarkWordInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.add_caster_mark_word_info(
            caster_id=1,
            mark_word_info=structures.CasterMarkWordInfo.from_dict({"MarkWordIndex": 1}),
        )
        return response
