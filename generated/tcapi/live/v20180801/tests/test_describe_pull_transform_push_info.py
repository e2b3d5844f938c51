"""Generated tests of DescribePullTransformPushInfo: the documented examples in describe_pull_transform_push_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_pull_transform_push_info import (
    DescribePullTransformPushInfoRequest,
    DescribePullTransformPushInfoResponse,
)


class TestDescribePullTransformPushInfoRequest(ActionSuite):
    action = "DescribePullTransformPushInfo"
    data_file = Path(__file__).with_name("describe_pull_transform_push_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribePullTransformPushInfoRequest
    response_class = DescribePullTransformPushInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "DataInfoList": ("data_info_list", structures.TaskDurationInfo),
        "TotalDuration": ("total_duration", None),
        "TotalDurationSecond": ("total_duration_second", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_pull_transform_push_info(
            start_time="2021-05-21T00:00:00+08:00",
            end_time="2021-05-21T00:00:00+08:00",
        )
        return response
