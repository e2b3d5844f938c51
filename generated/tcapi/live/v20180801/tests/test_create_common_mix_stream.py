"""Generated tests of CreateCommonMixStream: the documented examples in create_common_mix_stream.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.create_common_mix_stream import CreateCommonMixStreamRequest, CreateCommonMixStreamResponse


class TestCreateCommonMixStreamRequest(ActionSuite):
    action = "CreateCommonMixStream"
    data_file = Path(__file__).with_name("create_common_mix_stream.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = CreateCommonMixStreamRequest
    response_class = CreateCommonMixStreamResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.create_common_mix_stream(
            mix_stream_session_id="test_room",
            input_stream_list=[
                structures.CommonMixInputParam.from_dict(item)
                for item in [{"InputStreamName": "ExampleStreamName1", "LayoutParams": {"ImageLayer": 1}}]
            ],
            output_params=structures.CommonMixOutputParams.from_dict({"OutputStreamName": "example_ourput_name"}),
        )
        return response
