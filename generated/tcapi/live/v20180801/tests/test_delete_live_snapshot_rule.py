"""Generated tests of DeleteLiveSnapshotRule: the documented examples in delete_live_snapshot_rule.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.delete_live_snapshot_rule import DeleteLiveSnapshotRuleRequest, DeleteLiveSnapshotRuleResponse


class TestDeleteLiveSnapshotRuleRequest(ActionSuite):
    action = "DeleteLiveSnapshotRule"
    data_file = Path(__file__).with_name("delete_live_snapshot_rule.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DeleteLiveSnapshotRuleRequest
    response_class = DeleteLiveSnapshotRuleResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.delete_live_snapshot_rule(
            domain_name="5000.livepush.myqcloud.com",
        )
        return response
