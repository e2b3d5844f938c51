"""Generated tests of CancelCommonMixStream: the documented examples in cancel_common_mix_stream.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.cancel_common_mix_stream import CancelCommonMixStreamRequest, CancelCommonMixStreamResponse


class TestCancelCommonMixStreamRequest(ActionSuite):
    action = "CancelCommonMixStream"
    data_file = Path(__file__).with_name("cancel_common_mix_stream.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CancelCommonMixStreamRequest
    response_class = CancelCommonMixStreamResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.cancel_common_mix_stream(
            mix_stream_session_id="example_session_id",
        )
        return response
