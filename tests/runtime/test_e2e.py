"""End to end: both clients against the fake Tencent Cloud API on 127.0.0.1 (see fake_api.py).

Every request the server receives has its TC3 signature verified independently; every test checks how many
requests reached the server, so nothing is retried that should not be.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest

from tcapi.runtime import errors
from tcapi.runtime.client import ApiResult, AsyncBaseClient, BaseClient, CallOptions
from tcapi.runtime.credentials import Credential
from tcapi.runtime.errors import (
    APIError,
    InvalidResponseError,
    NetworkError,
    RequestTimeoutError,
    ServerError,
)
from tcapi.runtime.ratelimit import RateLimiter
from tcapi.runtime.retry import RetryPolicy

from . import fake_api
from .fake_api import FakeTencentCloud, RunningServer

SECRET_ID = "AKIDe2eLongTermKey000000000000000000"
SECRET_KEY = "e2e-long-term-secret-key-0000000000"
TMP_ID = "AKIDe2eTemporaryKey0000000000000000"
TMP_KEY = "e2e-temporary-secret-key-0000000000"
TMP_TOKEN = "e2e-session-token-0000000000000000000"


class ClipDurationError(errors.InvalidParameterValueError):
    code = "InvalidParameterValue.ClipDuration"


class _Settings:
    _service = "live"
    _version = "2018-08-01"
    _endpoint = "live.tencentcloudapi.com"
    _regions: frozenset[str] = frozenset({"ap-guangzhou", "ap-shanghai"})
    _rate_limits: Mapping[str, int] = {"CreateLiveRecord": 20, "CreateLivePadTemplate": 20}
    _read_only: frozenset[str] = frozenset({"DescribeLiveStreamState"})
    _errors: Mapping[str, type[APIError]] = {"InvalidParameterValue.ClipDuration": ClipDurationError}


class Live(_Settings, BaseClient):
    pass


class AsyncLive(_Settings, AsyncBaseClient):
    pass


FAST_RETRY = RetryPolicy(max_attempts=3, base_delay=0.01, throttle_base_delay=0.02, max_delay=0.05)
WRITE = "CreateLiveRecord"  # not read-only
READ = "DescribeLiveStreamState"  # read-only


@pytest.fixture(scope="module")
def running() -> Iterator[RunningServer]:
    api = FakeTencentCloud(
        service="live",
        version="2018-08-01",
        keys={SECRET_ID: (SECRET_KEY, None), TMP_ID: (TMP_KEY, TMP_TOKEN)},
    )
    with RunningServer(api, max_lifetime=120) as server:
        yield server


@pytest.fixture
def api(running: RunningServer) -> Iterator[FakeTencentCloud]:
    running.api.reset()
    yield running.api
    # Whatever a test did, no request may have failed signature verification unless it meant to.
    running.api.reset()


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, running: RunningServer) -> Callable[..., ApiResult]:
    mode = request.param

    def run(
        action: str = WRITE,
        params: dict[str, Any] | None = None,
        options: CallOptions | None = None,
        **kwargs: Any,
    ) -> ApiResult:
        kwargs.setdefault("credential", Credential(SECRET_ID, SECRET_KEY))
        kwargs.setdefault("region", "ap-guangzhou")
        kwargs.setdefault("endpoint", running.url)
        kwargs.setdefault("retry", FAST_RETRY)
        kwargs.setdefault("timeout", 5.0)
        params = {"StreamName": "e2e"} if params is None else params
        if mode == "sync":
            with Live(**kwargs) as client:
                return client._call(action, params, options)

        async def main() -> ApiResult:
            async with AsyncLive(**kwargs) as client:
                return await client._call(action, params, options)

        return asyncio.run(main())

    run.mode = mode  # type: ignore[attr-defined]
    return run


def all_verified(api: FakeTencentCloud) -> bool:
    return all(seen.verified for seen in api.requests())


class TestSigningAgainstTheServer:
    def test_post_with_unicode_nesting_and_empty_arrays(
        self, call: Callable[..., ApiResult], api: FakeTencentCloud
    ) -> None:
        params = {
            "StreamName": "直播流 ü 🎥",
            "Filters": [{"Name": "a b&c=d", "Values": ["未命名", ""]}],
            "Empty": [],
            "Nested": {"Deeper": {"List": [1, 2.5, True, None]}},
        }
        result = call(params=params)
        assert result.data["Echo"] == params
        (seen,) = api.requests()
        assert seen.verified, seen.problem
        assert seen.method == "POST" and seen.headers["x-tc-region"] == "ap-guangzhou"
        assert result.raw.request_id and result.raw.request_id == result.data["RequestId"]

    def test_get_query_string(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        params = {"StreamName": "直播 a+b/c?d", "Filters": [{"Name": "n", "Values": ["~x y"]}], "Limit": 10}
        result = call(params=params, http_method="GET")
        (seen,) = api.requests()
        assert seen.verified, seen.problem
        assert seen.method == "GET" and seen.body == b""
        assert result.data["Echo"] == {
            "StreamName": "直播 a+b/c?d",
            "Filters.0.Name": "n",
            "Filters.0.Values.0": "~x y",
            "Limit": "10",
        }

    def test_temporary_credential_sends_its_token(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        call(credential=Credential(TMP_ID, TMP_KEY, TMP_TOKEN), language="en-US")
        (seen,) = api.requests()
        assert seen.verified, seen.problem
        assert seen.headers["x-tc-token"] == TMP_TOKEN and seen.headers["x-tc-language"] == "en-US"

    def test_the_server_really_checks(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        with pytest.raises(errors.AuthFailureSignatureFailureError) as info:
            call(credential=Credential(SECRET_ID, "not-the-right-key"))
        assert info.value.attempts == 1
        with pytest.raises(errors.AuthFailureTokenFailureError):
            call(credential=Credential(TMP_ID, TMP_KEY))  # token missing
        with pytest.raises(errors.AuthFailureSecretIdNotFoundError):
            call(credential=Credential("AKIDunknown", SECRET_KEY))
        assert [s.verified for s in api.requests()] == [False, False, False]  # none retried

    def test_documented_example(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        # Seed 004, CreateLivePadTemplate: the documented input and output.
        api.plan("CreateLivePadTemplate", fake_api.ok({"TemplateId": 1000}))
        request = {
            "Url": "http://domain.com/app/name",
            "WaitDuration": 1,
            "Description": "pad",
            "MaxDuration": 1,
            "TemplateName": "name",
        }
        result = call("CreateLivePadTemplate", request)
        assert result.data["TemplateId"] == 1000
        assert api.requests()[0].params == request and all_verified(api)


class TestFaults:
    def test_error_code(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        api.plan(WRITE, fake_api.error("InvalidParameterValue.ClipDuration", "clip too long"))
        with pytest.raises(ClipDurationError) as info:
            call()
        assert info.value.message == "clip too long" and info.value.request_id and info.value.action == WRITE
        assert len(api.requests()) == 1 and all_verified(api)

    def test_throttling_is_retried_then_succeeds(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        api.plan(WRITE, fake_api.throttle(), fake_api.throttle())
        result = call()
        assert result.raw.attempts == 3
        assert len(api.requests(WRITE)) == 3 and all_verified(api)

    def test_throttling_gives_up_at_the_bound(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        api.plan(WRITE, *[fake_api.throttle()] * 5)
        with pytest.raises(errors.RequestLimitExceededError) as info:
            call()
        assert info.value.attempts == 3 and len(api.requests()) == 3

    @pytest.mark.parametrize(
        "step,cls",
        [
            (lambda: fake_api.error("InternalError"), errors.InternalError),
            (lambda: fake_api.status(502), ServerError),
            (lambda: fake_api.status(500, "Internal Server Error"), ServerError),
            (lambda: fake_api.drop(), NetworkError),
            (lambda: fake_api.slow(0.6), RequestTimeoutError),
        ],
        ids=["InternalError", "502", "500", "dropped", "slow"],
    )
    def test_maybe_applied_failures(
        self,
        call: Callable[..., ApiResult],
        api: FakeTencentCloud,
        step: Callable[[], fake_api.Step],
        cls: type[errors.TencentCloudError],
    ) -> None:
        options = CallOptions(timeout=0.2)
        # A write: exactly one request reaches the server.
        api.plan(WRITE, step(), step(), step())
        with pytest.raises(cls) as info:
            call(WRITE, options=options)
        assert len(api.requests(WRITE)) == 1 and info.value.attempts == 1
        if isinstance(info.value, NetworkError):
            assert info.value.request_sent
        # A read-only action: retried, and the retry's answer is returned.
        api.plan(READ, step(), step())
        result = call(READ, options=options)
        assert result.raw.attempts == 3 and len(api.requests(READ)) == 3
        # A write the caller declares idempotent: retried too.
        api.reset()
        api.plan(WRITE, step())
        assert call(WRITE, options=CallOptions(timeout=0.2, idempotent=True)).raw.attempts == 2
        assert len(api.requests(WRITE)) == 2 and all_verified(api)

    def test_slow_but_within_timeout(self, call: Callable[..., ApiResult], api: FakeTencentCloud) -> None:
        api.plan(WRITE, fake_api.slow(0.1, {"TaskId": 5}))
        result = call(options=CallOptions(timeout=2.0))
        assert result.data["TaskId"] == 5
        assert len(api.requests()) == 1

    @pytest.mark.parametrize("step", [fake_api.invalid_json, fake_api.truncated_json])
    def test_invalid_json_is_never_retried(
        self, call: Callable[..., ApiResult], api: FakeTencentCloud, step: Callable[[], fake_api.Step]
    ) -> None:
        api.plan(READ, step(), step())
        with pytest.raises(InvalidResponseError, match="not JSON"):
            call(READ)
        assert len(api.requests()) == 1

    def test_connection_refused_is_retried(self, call: Callable[..., ApiResult]) -> None:
        with pytest.raises(NetworkError) as info:
            call(WRITE, endpoint=f"http://127.0.0.1:{fake_api.closed_port()}")
        assert not info.value.request_sent and info.value.attempts == 3


class PacingClock:
    """The rate limiter's clock: a sleep (sync or async) is recorded and moves the clock on."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        await asyncio.sleep(0)


class TestLoad:
    def test_rate_limit_true_uses_the_documented_limits(self, running: RunningServer) -> None:
        with Live(Credential(SECRET_ID, SECRET_KEY), endpoint=running.url, rate_limit=True) as client:
            limiter = client._config.limiter
            assert limiter is not None and limiter.limits == {"CreateLiveRecord": 20.0, "CreateLivePadTemplate": 20.0}

    def test_one_client_paced(self, running: RunningServer, api: FakeTencentCloud) -> None:
        clock = PacingClock()
        limiter = RateLimiter(Live._rate_limits, clock=clock, sleep=clock.sleep)
        with Live(Credential(SECRET_ID, SECRET_KEY), endpoint=running.url, rate_limit=limiter) as client:
            for _ in range(6):
                client._call(WRITE, {"StreamName": "s"})
            client._call(READ, {})  # no documented limit: not paced
        assert clock.slept == pytest.approx([0.05] * 5)  # 20/s
        assert len(api.requests(WRITE)) == 6 and len(api.requests(READ)) == 1 and all_verified(api)

    def test_one_async_client_paced(self, running: RunningServer, api: FakeTencentCloud) -> None:
        clock = PacingClock()
        limiter = RateLimiter(Live._rate_limits, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)

        async def main() -> None:
            async with AsyncLive(Credential(SECRET_ID, SECRET_KEY), endpoint=running.url, rate_limit=limiter) as client:
                await asyncio.gather(*(client._call(WRITE, {"N": n}) for n in range(6)))

        asyncio.run(main())
        # Six callers at once, the clock standing still: each waits for its own 50 ms slot.
        assert sorted(clock.slept) == pytest.approx([0.05, 0.1, 0.15, 0.2, 0.25])
        assert len(api.requests(WRITE)) == 6 and all_verified(api)

    def test_threads_share_a_sync_client(self, running: RunningServer, api: FakeTencentCloud) -> None:
        failures: list[BaseException] = []
        with Live(Credential(SECRET_ID, SECRET_KEY), "ap-shanghai", endpoint=running.url) as client:

            def worker(n: int) -> None:
                try:
                    for i in range(3):
                        assert client._call(READ, {"N": n, "I": i}).data["Echo"] == {"N": n, "I": i}
                except BaseException as exc:  # pragma: no cover - reported below
                    failures.append(exc)

            threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(10)
        assert failures == []
        assert len(api.requests()) == 24 and all_verified(api)

    def test_concurrent_async_calls(self, running: RunningServer, api: FakeTencentCloud) -> None:
        async def main() -> list[ApiResult]:
            async with AsyncLive(Credential(SECRET_ID, SECRET_KEY), endpoint=running.url) as client:
                return await asyncio.gather(*(client._call(READ, {"N": n}) for n in range(20)))

        results = asyncio.run(main())
        assert [r.data["Echo"]["N"] for r in results] == list(range(20))
        assert len(api.requests()) == 20 and all_verified(api)
