"""Generated tests of DescribeLiveDomainReferer: the documented examples in describe_live_domain_referer.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_domain_referer import DescribeLiveDomainRefererRequest, DescribeLiveDomainRefererResponse


class TestDescribeLiveDomainRefererRequest(ActionSuite):
    action = "DescribeLiveDomainReferer"
    data_file = Path(__file__).with_name("describe_live_domain_referer.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveDomainRefererRequest
    response_class = DescribeLiveDomainRefererResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RefererAuthConfig": ("referer_auth_config", structures.RefererAuthConfig),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_domain_referer(
            domain_name="5000.liveplay.myqcloud.com",
        )
        return response
