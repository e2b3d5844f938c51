"""Generated tests of CreateRecord: the documented examples in create_record.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_record import CreateRecordRequest, CreateRecordResponse


class TestCreateRecordRequest(ActionSuite):
    action = "CreateRecord"
    data_file = Path(__file__).with_name("create_record.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateRecordRequest
    response_class = CreateRecordResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "task_id": ("task_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_record(
            channel_id="example",
            start_time="example",
            end_time="example",
            tape_type=1,
        )
        return response
