"""Generated tests of ModifyCasterInputInfo: the documented examples in modify_caster_input_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_caster_input_info import ModifyCasterInputInfoRequest, ModifyCasterInputInfoResponse


class TestModifyCasterInputInfoRequest(ActionSuite):
    action = "ModifyCasterInputInfo"
    data_file = Path(__file__).with_name("modify_caster_input_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyCasterInputInfoRequest
    response_class = ModifyCasterInputInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "InputPlayUrl": ("input_play_url", None),
        "InputWebRTCPlayUrl": ("input_web_rtc_play_url", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_caster_input_info(
            caster_id=1,
            input_info=structures.CasterInputInfo.from_dict({"InputIndex": 1}),
        )
        return response
