"""Generated tests of CreateCasterPvw: the documented examples in create_caster_pvw.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_caster_pvw import CreateCasterPvwRequest, CreateCasterPvwResponse


class TestCreateCasterPvwRequest(ActionSuite):
    action = "CreateCasterPvw"
    data_file = Path(__file__).with_name("create_caster_pvw.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateCasterPvwRequest
    response_class = CreateCasterPvwResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PvwPlayUrl": ("pvw_play_url", None),
        "PvwWebRTCPlayUrl": ("pvw_web_rtc_play_url", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_caster_pvw(
            pvw_display_info=structures.CasterDisplayInfo.from_dict({}),
            caster_id=1,
        )
        return response
