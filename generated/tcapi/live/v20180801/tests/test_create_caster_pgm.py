"""Generated tests of CreateCasterPgm: the documented examples in create_caster_pgm.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_caster_pgm import CreateCasterPgmRequest, CreateCasterPgmResponse


class TestCreateCasterPgmRequest(ActionSuite):
    action = "CreateCasterPgm"
    data_file = Path(__file__).with_name("create_caster_pgm.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateCasterPgmRequest
    response_class = CreateCasterPgmResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PgmPlayUrl": ("pgm_play_url", None),
        "CdnPlayUrl": ("cdn_play_url", None),
        "CdnStreamId": ("cdn_stream_id", None),
        "PgmWebRTCPlayUrl": ("pgm_web_rtc_play_url", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_caster_pgm(
            pgm_display_info=structures.CasterDisplayInfo.from_dict({}),
            caster_id=1,
        )
        return response
