"""Generated tests of GetVodRecordFiles: the documented examples in get_vod_record_files.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.get_vod_record_files import GetVodRecordFilesRequest, GetVodRecordFilesResponse


class TestGetVodRecordFilesRequest(ActionSuite):
    action = "GetVodRecordFiles"
    data_file = Path(__file__).with_name("get_vod_record_files.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = GetVodRecordFilesRequest
    response_class = GetVodRecordFilesResponse
    region = "ap-bangkok"
    deprecated = True
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "code": ("code", None),
        "message": ("message", None),
        "total_count": ("total_count", None),
        "filesInfo": ("files_info", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.get_vod_record_files(
            channel_id="example",
            start_time="example",
        )
        return response
