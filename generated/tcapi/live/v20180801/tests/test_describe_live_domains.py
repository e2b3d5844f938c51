"""Generated tests of DescribeLiveDomains: the documented examples in describe_live_domains.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_domains import DescribeLiveDomainsRequest, DescribeLiveDomainsResponse


class TestDescribeLiveDomainsRequest(ActionSuite):
    action = "DescribeLiveDomains"
    data_file = Path(__file__).with_name("describe_live_domains.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveDomainsRequest
    response_class = DescribeLiveDomainsResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "AllCount": ("all_count", None),
        "DomainList": ("domain_list", structures.DomainInfo),
        "CreateLimitCount": ("create_limit_count", None),
        "PlayTypeCount": ("play_type_count", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_domains()
        return response
