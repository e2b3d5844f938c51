"""Generated tests of ForbidLiveDomain: the documented examples in forbid_live_domain.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.forbid_live_domain import ForbidLiveDomainRequest, ForbidLiveDomainResponse


class TestForbidLiveDomainRequest(ActionSuite):
    action = "ForbidLiveDomain"
    data_file = Path(__file__).with_name("forbid_live_domain.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ForbidLiveDomainRequest
    response_class = ForbidLiveDomainResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.forbid_live_domain(
            domain_name="5000.livepush.com",
        )
        return response
