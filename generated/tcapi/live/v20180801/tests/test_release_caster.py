"""Generated tests of ReleaseCaster: the documented examples in release_caster.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.release_caster import ReleaseCasterRequest, ReleaseCasterResponse


class TestReleaseCasterRequest(ActionSuite):
    action = "ReleaseCaster"
    data_file = Path(__file__).with_name("release_caster.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ReleaseCasterRequest
    response_class = ReleaseCasterResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.release_caster(
            caster_id=1,
        )
        return response
