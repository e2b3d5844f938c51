"""Generated tests of DescribeBackupStreamList: the documented examples in describe_backup_stream_list.json, run by ActionSuite."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tcapi.runtime.modeling import Response
from tcapi.runtime.testing import ActionSuite

from .. import structures
from ..async_client import AsyncLiveClient
from ..client import LiveClient
from ..models.describe_backup_stream_list import DescribeBackupStreamListRequest, DescribeBackupStreamListResponse


class TestDescribeBackupStreamListRequest(ActionSuite):
    action = "DescribeBackupStreamList"
    data_file = Path(__file__).with_name("describe_backup_stream_list.json")
    client_class = LiveClient
    async_client_class = AsyncLiveClient
    request_class = DescribeBackupStreamListRequest
    response_class = DescribeBackupStreamListResponse
    region = "ap-bangkok"
    # wire name -> (attribute, structure class or None) of every documented output
    outputs = {
        "StreamInfoList": ("stream_info_list", structures.BackupStreamGroupInfo),
        "RequestId": ("request_id", None),
    }

    def call_keyword_method(self, client: Any) -> Response:
        response: Response = client.describe_backup_stream_list()
        return response
