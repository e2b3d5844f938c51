"""Generated tests of AuthenticateDomainOwner: the documented examples in authenticate_domain_owner.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.authenticate_domain_owner import AuthenticateDomainOwnerRequest, AuthenticateDomainOwnerResponse


class TestAuthenticateDomainOwnerRequest(ActionSuite):
    action = "AuthenticateDomainOwner"
    data_file = Path(__file__).with_name("authenticate_domain_owner.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = AuthenticateDomainOwnerRequest
    response_class = AuthenticateDomainOwnerResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Content": ("content", None),
        "Status": ("status", None),
        "MainDomain": ("main_domain", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.authenticate_domain_owner(
            domain_name="foodscloud.com",
            verify_type="dnsCheck",
        )
        return response
