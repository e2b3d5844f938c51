"""Generated tests of ModifyLivePlayAuthKey: the documented examples in modify_live_play_auth_key.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_play_auth_key import ModifyLivePlayAuthKeyRequest, ModifyLivePlayAuthKeyResponse


class TestModifyLivePlayAuthKeyRequest(ActionSuite):
    action = "ModifyLivePlayAuthKey"
    data_file = Path(__file__).with_name("modify_live_play_auth_key.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLivePlayAuthKeyRequest
    response_class = ModifyLivePlayAuthKeyResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_play_auth_key(
            domain_name="push.record.com",
        )
        return response
