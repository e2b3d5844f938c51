"""Generated tests of DescribeLiveDomainCertBindings: the documented examples in describe_live_domain_cert_bindings.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_domain_cert_bindings import (
    DescribeLiveDomainCertBindingsRequest,
    DescribeLiveDomainCertBindingsResponse,
)


class TestDescribeLiveDomainCertBindingsRequest(ActionSuite):
    action = "DescribeLiveDomainCertBindings"
    data_file = Path(__file__).with_name("describe_live_domain_cert_bindings.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveDomainCertBindingsRequest
    response_class = DescribeLiveDomainCertBindingsResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "LiveDomainCertBindings": ("live_domain_cert_bindings", structures.LiveDomainCertBindings),
        "TotalNum": ("total_num", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_domain_cert_bindings()
        return response
