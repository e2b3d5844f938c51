"""Generated tests of ModifyLiveTranscodeTemplate: the documented examples in modify_live_transcode_template.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.modify_live_transcode_template import (
    ModifyLiveTranscodeTemplateRequest,
    ModifyLiveTranscodeTemplateResponse,
)


class TestModifyLiveTranscodeTemplateRequest(ActionSuite):
    action = "ModifyLiveTranscodeTemplate"
    data_file = Path(__file__).with_name("modify_live_transcode_template.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ModifyLiveTranscodeTemplateRequest
    response_class = ModifyLiveTranscodeTemplateResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.modify_live_transcode_template(
            template_id=1,
        )
        return response
