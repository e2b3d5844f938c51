"""Generated tests of ResumeLiveStream: the documented examples in resume_live_stream.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.resume_live_stream import ResumeLiveStreamRequest, ResumeLiveStreamResponse


class TestResumeLiveStreamRequest(ActionSuite):
    action = "ResumeLiveStream"
    data_file = Path(__file__).with_name("resume_live_stream.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = ResumeLiveStreamRequest
    response_class = ResumeLiveStreamResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.resume_live_stream(
            app_name="live",
            domain_name="5000.livepush.com",
            stream_name="mystreamname",
        )
        return response
