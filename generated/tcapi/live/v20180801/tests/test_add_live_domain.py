"""Generated tests of AddLiveDomain: the documented examples in add_live_domain.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.add_live_domain import AddLiveDomainRequest, AddLiveDomainResponse


class TestAddLiveDomainRequest(ActionSuite):
    action = "AddLiveDomain"
    data_file = Path(__file__).with_name("add_live_domain.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = AddLiveDomainRequest
    response_class = AddLiveDomainResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.add_live_domain(
            domain_name="www.test.com",
            domain_type=0,
        )
        return response
