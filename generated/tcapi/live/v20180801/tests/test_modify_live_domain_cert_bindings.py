"""Generated tests of ModifyLiveDomainCertBindings: the documented examples in modify_live_domain_cert_bindings.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_domain_cert_bindings import (
    ModifyLiveDomainCertBindingsRequest,
    ModifyLiveDomainCertBindingsResponse,
)


class TestModifyLiveDomainCertBindingsRequest(ActionSuite):
    action = "ModifyLiveDomainCertBindings"
    data_file = Path(__file__).with_name("modify_live_domain_cert_bindings.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLiveDomainCertBindingsRequest
    response_class = ModifyLiveDomainCertBindingsResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "MismatchedDomainNames": ("mismatched_domain_names", None),
        "Errors": ("errors", structures.BatchDomainOperateErrors),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_domain_cert_bindings(
            domain_infos=[
                structures.LiveCertDomainInfo.from_dict(item) for item in [{"DomainName": "domain.com", "Status": 1}]
            ],
        )
        return response
