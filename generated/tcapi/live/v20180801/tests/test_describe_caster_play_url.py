"""Generated tests of DescribeCasterPlayUrl: the documented examples in describe_caster_play_url.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_caster_play_url import DescribeCasterPlayUrlRequest, DescribeCasterPlayUrlResponse


class TestDescribeCasterPlayUrlRequest(ActionSuite):
    action = "DescribeCasterPlayUrl"
    data_file = Path(__file__).with_name("describe_caster_play_url.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCasterPlayUrlRequest
    response_class = DescribeCasterPlayUrlResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "PlayUrl": ("play_url", None),
        "WebRTCPlayUrl": ("web_rtc_play_url", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_caster_play_url(
            caster_id=1,
            play_url_type=1,
        )
        return response
