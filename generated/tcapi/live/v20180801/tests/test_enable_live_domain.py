"""Generated tests of EnableLiveDomain: the documented examples in enable_live_domain.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.enable_live_domain import EnableLiveDomainRequest, EnableLiveDomainResponse


class TestEnableLiveDomainRequest(ActionSuite):
    action = "EnableLiveDomain"
    data_file = Path(__file__).with_name("enable_live_domain.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = EnableLiveDomainRequest
    response_class = EnableLiveDomainResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.enable_live_domain(
            domain_name="www.test.com",
        )
        return response
