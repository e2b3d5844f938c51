"""The committed live client behaves as the manual says: legacy shims, regions, error hierarchy, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tcapi.live.v20180801 import LiveClient
from tcapi.live.v20180801 import errors as live_errors
from tcapi.runtime.credentials import Credential
from tcapi.runtime.errors import APIError, RegionError

ROOT = Path(__file__).resolve().parents[1]
SPEC = json.loads((ROOT / "spec" / "live-2018-08-01.json").read_text("utf-8"))
CREDENTIAL = Credential("AKIDexample", "secret")


def test_offline_interfaces_raise_and_name_their_replacement() -> None:
    client = LiveClient(CREDENTIAL, "ap-guangzhou")
    with pytest.raises(live_errors.LegacyActionError) as caught:
        client.start_lvb_channel(channel_id="x")
    assert "ResumeLiveStream" in str(caught.value) and "client.resume_live_stream" in str(caught.value)
    legacy = [name for name, action in SPEC["actions"].items() if "legacy" in action]
    assert {"StartLVBChannel", "StopLVBChannel", "CreateRecord", "DescribeLiveCert"} <= set(legacy)


def test_region_list_from_the_manual_is_offered_and_enforced() -> None:
    import tcapi.live.v20180801 as live

    assert "ap-guangzhou" in live.REGIONS and "na-siliconvalley" in live.REGIONS
    assert len(live.REGIONS) == len(SPEC["regions"]) == 12
    with pytest.raises(RegionError):
        LiveClient(CREDENTIAL, "mars-north-1")


def test_api_error_maps_to_the_generated_class_and_its_parents() -> None:
    body = {"Response": {"Error": {"Code": "ResourceNotFound.ForbidService", "Message": "blocked"}, "RequestId": "r-1"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=transport) as client:
        with pytest.raises(live_errors.ResourceNotFound) as caught:
            client.describe_live_domain(domain_name="example.com")
    error = caught.value
    assert type(error) is live_errors.ResourceNotFoundForbidService
    assert isinstance(error, APIError)
    assert (error.code, error.message, error.request_id, error.action) == (
        "ResourceNotFound.ForbidService",
        "blocked",
        "r-1",
        "DescribeLiveDomain",
    )


def test_package_import_is_lazy() -> None:
    code = (
        "import sys; import tcapi.live.v20180801 as m; "
        "print('tcapi.live.v20180801.client' in sys.modules, 'httpx' in sys.modules, "
        "any(k.startswith('tcapi.live.v20180801.models.') for k in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT / "generated", capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "False", "False"]
