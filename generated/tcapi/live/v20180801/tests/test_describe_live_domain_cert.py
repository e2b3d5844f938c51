"""Generated tests of DescribeLiveDomainCert: the documented examples in describe_live_domain_cert.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_domain_cert import DescribeLiveDomainCertRequest, DescribeLiveDomainCertResponse


class TestDescribeLiveDomainCertRequest(ActionSuite):
    action = "DescribeLiveDomainCert"
    data_file = Path(__file__).with_name("describe_live_domain_cert.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveDomainCertRequest
    response_class = DescribeLiveDomainCertResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DomainCertInfo": ("domain_cert_info", structures.DomainCertInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_domain_cert(
            domain_name="5000.liveplay.com",
        )
        return response
