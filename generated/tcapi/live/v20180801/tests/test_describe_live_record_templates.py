"""Generated tests of DescribeLiveRecordTemplates: the documented examples in describe_live_record_templates.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_record_templates import (
    DescribeLiveRecordTemplatesRequest,
    DescribeLiveRecordTemplatesResponse,
)


class TestDescribeLiveRecordTemplatesRequest(ActionSuite):
    action = "DescribeLiveRecordTemplates"
    data_file = Path(__file__).with_name("describe_live_record_templates.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLiveRecordTemplatesRequest
    response_class = DescribeLiveRecordTemplatesResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "Templates": ("templates", structures.RecordTemplateInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_record_templates()
        return response
