"""Generated tests of DeleteRecord: the documented examples in delete_record.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.delete_record import DeleteRecordRequest, DeleteRecordResponse


class TestDeleteRecordRequest(ActionSuite):
    action = "DeleteRecord"
    data_file = Path(__file__).with_name("delete_record.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DeleteRecordRequest
    response_class = DeleteRecordResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.delete_record(
            channel_id="example",
            task_id=1,
        )
        return response
