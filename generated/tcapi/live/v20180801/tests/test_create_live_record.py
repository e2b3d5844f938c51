"""Generated tests of CreateLiveRecord: the documented examples in create_live_record.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_live_record import CreateLiveRecordRequest, CreateLiveRecordResponse


class TestCreateLiveRecordRequest(ActionSuite):
    action = "CreateLiveRecord"
    data_file = Path(__file__).with_name("create_live_record.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateLiveRecordRequest
    response_class = CreateLiveRecordResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TaskId": ("task_id", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_live_record(
            stream_name="example",
        )
        return response
