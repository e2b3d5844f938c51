"""The committed live client behaves as the manual says: legacy shims, regions, error hierarchy, lazy imports."""

from __future__ import annotations

import asyncio
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


def test_actions_known_only_from_the_overview_raise_and_point_to_call() -> None:
    client = LiveClient(CREDENTIAL, "ap-guangzhou")
    with pytest.raises(live_errors.LegacyActionError) as caught:
        client.stop_live_record()
    message = str(caught.value)
    assert "StopLiveRecord" in message and "client.call('StopLiveRecord'" in message
    with pytest.raises(live_errors.LegacyActionError) as caught:
        client.delete_pull_stream_config()
    assert "DeleteLivePullStreamTask" in str(caught.value)


def test_offline_actions_with_a_page_of_their_own_warn_and_send() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"Response": {"RequestId": "r-1"}})

    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=httpx.MockTransport(answer)) as client:
        with pytest.warns(DeprecationWarning, match="StartLVBChannel.*ResumeLiveStream.*client.resume_live_stream"):
            response = client.start_lvb_channel(channel_ids=[{"id": "c-1"}])
    assert response.request_id == "r-1"
    assert seen[0].headers["X-TC-Action"] == "StartLVBChannel"
    assert json.loads(seen[0].content) == {"channelIds": [{"id": "c-1"}]}
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


def _recording(seen: list[httpx.Request], body: dict[str, object] | None = None) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body or {"Response": {"RequestId": "r-1"}})

    return httpx.MockTransport(answer)


def test_required_structure_fields_are_enforced_with_their_path() -> None:
    from tcapi.live.v20180801.structures import CasterInputInfo
    from tcapi.runtime.errors import ValidationError

    seen: list[httpx.Request] = []
    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=_recording(seen)) as client:
        with pytest.raises(ValidationError) as caught:
            client.add_caster_input_info(caster_id=1, input_info=CasterInputInfo(input_type=1))
    assert "input_info.input_index" in [problem.path for problem in caught.value.problems]
    assert caught.value.action == "AddCasterInputInfo" and seen == []


def test_validation_can_be_switched_off_per_client_and_per_call() -> None:
    from tcapi.runtime.client import CallOptions
    from tcapi.runtime.errors import ValidationError

    seen: list[httpx.Request] = []
    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=_recording(seen)) as client:
        with pytest.raises(ValidationError):
            client.describe_caster_play_url(caster_id=1, play_url_type=9)  # type: ignore[arg-type]
        client.describe_caster_play_url(
            caster_id=1, play_url_type=9, options=CallOptions(validate=False)  # type: ignore[arg-type]
        )
    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=_recording(seen), validate=False) as client:
        client.describe_caster_play_url(caster_id=1, play_url_type=9)  # type: ignore[arg-type]
    assert [json.loads(r.content) for r in seen] == [{"CasterId": 1, "PlayUrlType": 9}] * 2


def test_extra_wire_fields_and_none_on_inputs() -> None:
    seen: list[httpx.Request] = []
    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=_recording(seen)) as client:
        client.describe_caster_play_url(caster_id=1, play_url_type=1, extra={"NewParam": [1, None]})
        client.describe_caster_play_url(caster_id=1, play_url_type=1, play_url_index=None)  # type: ignore[arg-type]
    assert json.loads(seen[0].content) == {"CasterId": 1, "PlayUrlType": 1, "NewParam": [1, None]}
    assert json.loads(seen[1].content) == {"CasterId": 1, "PlayUrlType": 1}


def test_call_reaches_any_action_sync_and_async() -> None:
    from tcapi.live.v20180801 import AsyncLiveClient

    body = {"Response": {"RequestId": "r-9", "Undocumented": {"A": 1}}}
    seen: list[httpx.Request] = []
    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=_recording(seen, body)) as client:
        assert client.call("StopLiveRecord", {"TaskId": 7, "Anything": None}) == body["Response"]

    async def run() -> dict[str, object]:
        async with AsyncLiveClient(CREDENTIAL, "ap-guangzhou", transport=_recording(seen, body)) as client:
            return await client.call("NotInTheDocuments")

    assert asyncio.run(run()) == body["Response"]
    assert [r.headers["X-TC-Action"] for r in seen] == ["StopLiveRecord", "NotInTheDocuments"]
    assert json.loads(seen[0].content) == {"TaskId": 7, "Anything": None} and json.loads(seen[1].content) == {}


def test_common_codes_raise_one_class_from_every_client() -> None:
    from tcapi.mps.v20190612 import MpsClient
    from tcapi.runtime import errors as common
    from tcapi.vod.v20180717 import VodClient

    clients = [
        (LiveClient, lambda c: c.call("DescribeLiveDomain")),
        (MpsClient, lambda c: c.call("ProcessLiveStream")),
        (VodClient, lambda c: c.call("Anything")),
    ]
    for code, expected in [
        ("InvalidParameterValue", common.InvalidParameterValueError),
        ("RequestLimitExceeded", common.RequestLimitExceededError),
        ("AuthFailure.SignatureExpire", common.AuthFailureSignatureExpireError),
        ("InternalError", common.InternalError),
    ]:
        body = {"Response": {"Error": {"Code": code, "Message": "m"}, "RequestId": "r"}}
        for client_class, call in clients:
            client = client_class(CREDENTIAL, transport=_recording([], body), retry=_no_retry())
            with pytest.raises(common.APIError) as caught:
                call(client)
            assert type(caught.value) is expected, (client_class, code)
    assert issubclass(live_errors.FailedOperationAuthError, common.FailedOperationError)
    assert live_errors.InvalidParameterValue is common.InvalidParameterValueError
    subclasses = [cls for code, cls in live_errors.ERRORS.items() if code.split(".")[0] in common.COMMON_ERRORS]
    assert subclasses and all(issubclass(cls, common.COMMON_ERRORS[cls.code.split(".")[0]]) for cls in subclasses)


def _no_retry() -> object:
    from tcapi.runtime.retry import RetryPolicy

    return RetryPolicy(max_attempts=1)


def test_type_hints_resolve_on_models_and_methods() -> None:
    import typing

    from tcapi.live.v20180801.models import AddCasterInputInfoRequest, DescribeCasterPlayUrlRequest
    from tcapi.live.v20180801.structures import CasterInputInfo

    hints = typing.get_type_hints(AddCasterInputInfoRequest)
    assert hints["input_info"] is CasterInputInfo
    assert typing.get_type_hints(DescribeCasterPlayUrlRequest)["play_url_type"] == typing.Literal[1, 2, 3]
    method = typing.get_type_hints(LiveClient.add_caster_input_info)
    assert method["input_info"] is CasterInputInfo
    assert method["return"].__name__ == "AddCasterInputInfoResponse"
    structure_hint = typing.get_type_hints(CasterInputInfo)["input_index"]
    assert int in typing.get_args(structure_hint) and type(None) in typing.get_args(structure_hint)


def test_an_action_the_overview_calls_deprecated_warns_and_still_sends() -> None:
    # the live manual's overview lists CreateLiveRecord as 创建录制任务(已废弃,请使用新接口); seed 002 documents it
    seen: list[httpx.Request] = []
    with LiveClient(CREDENTIAL, "ap-guangzhou", transport=_recording(seen)) as client:
        with pytest.warns(DeprecationWarning, match="CreateLiveRecord"):
            client.create_live_record(stream_name="livetest")
    assert [r.headers["X-TC-Action"] for r in seen] == ["CreateLiveRecord"]
