"""Generated tests of SwitchBackupStream: the documented examples in switch_backup_stream.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.switch_backup_stream import SwitchBackupStreamRequest, SwitchBackupStreamResponse


class TestSwitchBackupStreamRequest(ActionSuite):
    action = "SwitchBackupStream"
    data_file = Path(__file__).with_name("switch_backup_stream.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = SwitchBackupStreamRequest
    response_class = SwitchBackupStreamResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.switch_backup_stream(
            push_domain_name="5000.livepush.com",
            app_name="live",
            stream_name="stream1",
            upstream_sequence="843110096313761792",
        )
        return response
