"""Generated tests of DescribeLogDownloadList: documented examples through a mock transport, and required parameters.

The examples are the documents' own, in describe_log_download_list.json beside this file."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from tcapi.runtime.credentials import Credential
from tcapi.runtime.errors import ValidationError
from tcapi.live.v20180801.async_client import AsyncLiveClient
from tcapi.live.v20180801.client import LiveClient
from tcapi.live.v20180801.models.describe_log_download_list import (
    DescribeLogDownloadListRequest,
    DescribeLogDownloadListResponse,
)
from tcapi.live.v20180801.structures.log_info import LogInfo

DATA = json.loads(Path(__file__).with_name("describe_log_download_list.json").read_text("utf-8"))
EXAMPLES: list[dict[str, Any]] = DATA["examples"]
VALID = [e for e in EXAMPLES if not e["rejected"]]
REJECTED = [e for e in EXAMPLES if e["rejected"]]
CREDENTIAL = Credential("AKIDexample", "secret-key-example")
REGION = "ap-bangkok"
# wire name -> (attribute, structure class or None) of every documented output
OUTPUTS: dict[str, tuple[str, type | None]] = {
    "LogInfoList": ("log_info_list", LogInfo),
    "TotalNum": ("total_num", None),
    "RequestId": ("request_id", None),
}


def _transport(body: dict[str, Any], seen: list[dict[str, Any]]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["X-TC-Action"] == "DescribeLogDownloadList"
        assert request.headers["Authorization"].startswith("TC3-HMAC-SHA256 Credential=AKIDexample/")
        seen.append(json.loads(request.content))
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


def _check_outputs(response: DescribeLogDownloadListResponse, documented: dict[str, Any]) -> None:
    assert response.to_dict() == documented
    for wire, value in documented.items():
        if wire not in OUTPUTS:
            assert response.extra[wire] == value
            continue
        attribute, structure = OUTPUTS[wire]
        parsed = getattr(response, attribute)
        if structure is None or value is None:
            assert parsed == value
        elif isinstance(value, list):
            assert all(isinstance(item, structure) for item in parsed)
        else:
            assert isinstance(parsed, structure)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["title"] or str(i) for i, e in enumerate(EXAMPLES)])
def test_example_round_trips(example: dict[str, Any]) -> None:
    request = DescribeLogDownloadListRequest.from_dict(example["request"])
    assert request.to_dict() == example["request"]
    _check_outputs(DescribeLogDownloadListResponse.from_dict(example["response"]), example["response"])


@pytest.mark.parametrize("example", VALID, ids=[e["title"] or str(i) for i, e in enumerate(VALID)])
def test_example_through_both_clients(example: dict[str, Any]) -> None:
    seen: list[dict[str, Any]] = []
    transport = _transport({"Response": example["response"]}, seen)
    with LiveClient(CREDENTIAL, REGION, transport=transport) as client:
        _check_outputs(client.send(DescribeLogDownloadListRequest.from_dict(example["request"])), example["response"])

    async def call() -> DescribeLogDownloadListResponse:
        async with AsyncLiveClient(CREDENTIAL, REGION, transport=transport) as client:
            return await client.send(DescribeLogDownloadListRequest.from_dict(example["request"]))

    _check_outputs(asyncio.run(call()), example["response"])
    assert seen == [example["request"], example["request"]]


def test_minimal_request_through_the_keyword_method() -> None:
    DescribeLogDownloadListRequest.from_dict(DATA["minimal"]).validate()
    seen: list[dict[str, Any]] = []
    with LiveClient(CREDENTIAL, REGION, transport=_transport({"Response": {"RequestId": "req-1"}}, seen)) as client:
        response = client.describe_log_download_list(
            start_time="2020-01-01 00:00:00",
            end_time="2020-01-01 00:00:00",
            play_domains=['["5000.liveplay.com\\r\\n"]'],
        )
    assert seen == [DATA["minimal"]]
    assert response.request_id == "req-1"


@pytest.mark.parametrize("wire", ["StartTime", "EndTime", "PlayDomains"])
def test_required_parameter_is_enforced(wire: str) -> None:
    data = {k: v for k, v in DATA["minimal"].items() if k != wire}
    with pytest.raises(ValidationError) as caught:
        DescribeLogDownloadListRequest.from_dict(data).validate()
    assert wire in [problem.path for problem in caught.value.problems]
    seen: list[dict[str, Any]] = []
    with LiveClient(CREDENTIAL, REGION, transport=_transport({}, seen)) as client:
        with pytest.raises(ValidationError):
            client.send(DescribeLogDownloadListRequest.from_dict(data))
    assert seen == []
