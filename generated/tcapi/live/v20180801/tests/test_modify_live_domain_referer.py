"""Generated tests of ModifyLiveDomainReferer: the documented examples in modify_live_domain_referer.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_domain_referer import ModifyLiveDomainRefererRequest, ModifyLiveDomainRefererResponse


class TestModifyLiveDomainRefererRequest(ActionSuite):
    action = "ModifyLiveDomainReferer"
    data_file = Path(__file__).with_name("modify_live_domain_referer.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLiveDomainRefererRequest
    response_class = ModifyLiveDomainRefererResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_domain_referer(
            domain_name="5000.liveplay.myqcloud.com",
            enable=1,
            type_=0,
            allow_empty=0,
            rules="aaa.com;bbb.com",
        )
        return response
