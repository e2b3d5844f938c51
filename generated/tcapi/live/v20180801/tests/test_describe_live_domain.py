"""Generated tests of DescribeLiveDomain: the documented examples in describe_live_domain.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_domain import DescribeLiveDomainRequest, DescribeLiveDomainResponse


class TestDescribeLiveDomainRequest(ActionSuite):
    action = "DescribeLiveDomain"
    data_file = Path(__file__).with_name("describe_live_domain.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveDomainRequest
    response_class = DescribeLiveDomainResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DomainInfo": ("domain_info", structures.DomainInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_domain(
            domain_name="domain.com",
        )
        return response
