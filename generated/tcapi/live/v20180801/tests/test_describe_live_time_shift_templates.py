"""Generated tests of DescribeLiveTimeShiftTemplates: the documented examples in describe_live_time_shift_templates.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_time_shift_templates import (
    DescribeLiveTimeShiftTemplatesRequest,
    DescribeLiveTimeShiftTemplatesResponse,
)


class TestDescribeLiveTimeShiftTemplatesRequest(ActionSuite):
    action = "DescribeLiveTimeShiftTemplates"
    data_file = Path(__file__).with_name("describe_live_time_shift_templates.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveTimeShiftTemplatesRequest
    response_class = DescribeLiveTimeShiftTemplatesResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Templates": ("templates", structures.TimeShiftTemplate),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_time_shift_templates()
        return response
