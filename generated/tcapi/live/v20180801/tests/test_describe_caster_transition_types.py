"""Generated tests of DescribeCasterTransitionTypes: the documented examples in describe_caster_transition_types.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_caster_transition_types import (
    DescribeCasterTransitionTypesRequest,
    DescribeCasterTransitionTypesResponse,
)


class TestDescribeCasterTransitionTypesRequest(ActionSuite):
    action = "DescribeCasterTransitionTypes"
    data_file = Path(__file__).with_name("describe_caster_transition_types.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeCasterTransitionTypesRequest
    response_class = DescribeCasterTransitionTypesResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "TransitionTypes": ("transition_types", structures.TransitionTypeInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_caster_transition_types(
            caster_id=1,
        )
        return response
