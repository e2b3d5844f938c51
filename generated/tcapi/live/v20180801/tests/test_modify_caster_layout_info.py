"""Generated tests of ModifyCasterLayoutInfo: the documented examples in modify_caster_layout_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_caster_layout_info import ModifyCasterLayoutInfoRequest, ModifyCasterLayoutInfoResponse


class TestModifyCasterLayoutInfoRequest(ActionSuite):
    action = "ModifyCasterLayoutInfo"
    data_file = Path(__file__).with_name("modify_caster_layout_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyCasterLayoutInfoRequest
    response_class = ModifyCasterLayoutInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_caster_layout_info(
            caster_id=1,
            layout_info=structures.CasterLayoutInfo.from_dict({"LayoutIndex": 1}),
        )
        return response
