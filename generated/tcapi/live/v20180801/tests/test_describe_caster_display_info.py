"""Generated tests of DescribeCasterDisplayInfo: the documented examples in describe_caster_display_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_caster_display_info import DescribeCasterDisplayInfoRequest, DescribeCasterDisplayInfoResponse


class TestDescribeCasterDisplayInfoRequest(ActionSuite):
    action = "DescribeCasterDisplayInfo"
    data_file = Path(__file__).with_name("describe_caster_display_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCasterDisplayInfoRequest
    response_class = DescribeCasterDisplayInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Status": ("status", None),
        "PvwDisplayInfo": ("pvw_display_info", structures.CasterDisplayInfo),
        "PgmDisplayInfo": ("pgm_display_info", structures.CasterDisplayInfo),
        "StartLiveTime": ("start_live_time", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_caster_display_info(
            caster_id=1,
        )
        return response
