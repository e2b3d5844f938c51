"""Generated tests of DescribeLivePushAuthKey: the documented examples in describe_live_push_auth_key.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_push_auth_key import DescribeLivePushAuthKeyRequest, DescribeLivePushAuthKeyResponse


class TestDescribeLivePushAuthKeyRequest(ActionSuite):
    action = "DescribeLivePushAuthKey"
    data_file = Path(__file__).with_name("describe_live_push_auth_key.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLivePushAuthKeyRequest
    response_class = DescribeLivePushAuthKeyResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PushAuthKeyInfo": ("push_auth_key_info", structures.PushAuthKeyInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_push_auth_key(
            domain_name="pull.show.com",
        )
        return response
