"""Generated tests of DescribeLivePackageInfo: the documented examples in describe_live_package_info.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_live_package_info import DescribeLivePackageInfoRequest, DescribeLivePackageInfoResponse


class TestDescribeLivePackageInfoRequest(ActionSuite):
    action = "DescribeLivePackageInfo"
    data_file = Path(__file__).with_name("describe_live_package_info.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeLivePackageInfoRequest
    response_class = DescribeLivePackageInfoResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "LivePackageInfoList": ("live_package_info_list", structures.LivePackageInfo),
        "PackageBillMode": ("package_bill_mode", None),
        "TotalPage": ("total_page", None),
        "TotalNum": ("total_num", None),
        "PageNum": ("page_num", None),
        "PageSize": ("page_size", None),
        "FluxPackageBillMode": ("flux_package_bill_mode", None),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_live_package_info(
            package_type=0,
        )
        return response
