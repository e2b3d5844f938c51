"""Generated tests of LiveRealTimeClip: the documented examples in live_real_time_clip.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncVodClient
from ..client import VodClient
from ..models.live_real_time_clip import LiveRealTimeClipRequest, LiveRealTimeClipResponse


class TestLiveRealTimeClipRequest(ActionSuite):
    action = "LiveRealTimeClip"
    data_file = Path(__file__).with_name("live_real_time_clip.json")
    client_class = VodClient
    async_client_class = AsyncVodClient
    request_class = LiveRealTimeClipRequest
    response_class = LiveRealTimeClipResponse
    region = "ap-guangzhou"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Url": ("url", None),
        "FileId": ("file_id", None),
        "VodTaskId": ("vod_task_id", None),
        "MetaData": ("meta_data", None),
        "SegmentSet": ("segment_set", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.live_real_time_clip(
            stream_id="example",
            start_time="2020-01-01T00:00:00Z",
            end_time="2020-01-01T00:00:00Z",
        )
        return response
