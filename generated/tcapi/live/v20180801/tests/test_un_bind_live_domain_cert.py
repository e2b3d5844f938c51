"""Generated tests of UnBindLiveDomainCert: the documented examples in un_bind_live_domain_cert.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.un_bind_live_domain_cert import UnBindLiveDomainCertRequest, UnBindLiveDomainCertResponse


class TestUnBindLiveDomainCertRequest(ActionSuite):
    action = "UnBindLiveDomainCert"
    data_file = Path(__file__).with_name("un_bind_live_domain_cert.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = UnBindLiveDomainCertRequest
    response_class = UnBindLiveDomainCertResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.un_bind_live_domain_cert(
            domain_name="5000.livepush.myqcloud.com",
        )
        return response
