"""Generated tests of AddCasterMarkPicInfo: the documented examples in add_caster_mark_pic_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.add_caster_mark_pic_info import AddCasterMarkPicInfoRequest, AddCasterMarkPicInfoResponse


class TestAddCasterMarkPicInfoRequest(ActionSuite):
    action = "AddCasterMarkPicInfo"
    data_file = Path(__file__).with_name("add_caster_mark_pic_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = AddCasterMarkPicInfoRequest
    response_class = AddCasterMarkPicInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.add_caster_mark_pic_info(
            caster_id=1,
            mark_pic_info=structures.CasterMarkPicInfo.from_dict({"MarkPicIndex": 1}),
        )
        return response
