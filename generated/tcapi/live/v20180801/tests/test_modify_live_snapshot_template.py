"""Generated tests of ModifyLiveSnapshotTemplate: the documented examples in modify_live_snapshot_template.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_snapshot_template import ModifyLiveSnapshotTemplateRequest, ModifyLiveSnapshotTemplateResponse


class TestModifyLiveSnapshotTemplateRequest(ActionSuite):
    action = "ModifyLiveSnapshotTemplate"
    data_file = Path(__file__).with_name("modify_live_snapshot_template.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLiveSnapshotTemplateRequest
    response_class = ModifyLiveSnapshotTemplateResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_snapshot_template(
            template_id=1,
            cos_app_id=1,
            cos_bucket="bucket",
            cos_region="beijing",
        )
        return response
