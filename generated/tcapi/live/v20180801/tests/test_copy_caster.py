"""Generated tests of CopyCaster: the documented examples in copy_caster.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.copy_caster import CopyCasterRequest, CopyCasterResponse


class TestCopyCasterRequest(ActionSuite):
    action = "CopyCaster"
    data_file = Path(__file__).with_name("copy_caster.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CopyCasterRequest
    response_class = CopyCasterResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "CasterId": ("caster_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.copy_caster(
            caster_id=1,
        )
        return response
