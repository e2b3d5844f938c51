"""BaseClient and AsyncBaseClient through httpx.MockTransport: every test runs on both clients."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest

from tcapi.runtime import errors
from tcapi.runtime.client import ApiResult, AsyncBaseClient, BaseClient, CallOptions
from tcapi.runtime.credentials import Credential, RefreshingCredentialProvider
from tcapi.runtime.errors import (
    APIError,
    ConfigurationError,
    CredentialError,
    InvalidResponseError,
    NetworkError,
    RegionError,
    RequestTimeoutError,
    ServerError,
    ValidationError,
)
from tcapi.runtime.ratelimit import RateLimiter
from tcapi.runtime.retry import RetryPolicy

SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3SECRETKEY"
TOKEN = "sessiontoken-ZYXWVUT-0123456789-secret"

Handler = Callable[[httpx.Request], httpx.Response]


class InvalidParameterValueError(errors.InvalidParameterValueError):
    code = "InvalidParameterValue"


class ClipDurationError(InvalidParameterValueError):
    code = "InvalidParameterValue.ClipDuration"


class StreamNotExistError(errors.ResourceUnavailableError):
    code = "ResourceUnavailable.StreamNotExist"


class _Settings:
    _service = "live"
    _version = "2018-08-01"
    _endpoint = "live.tencentcloudapi.com"
    _regions: frozenset[str] = frozenset({"ap-guangzhou", "ap-beijing", "ap-singapore"})
    _rate_limits: Mapping[str, int] = {"CreateLiveRecord": 20}
    _read_only: frozenset[str] = frozenset({"DescribeLiveStreamState"})
    _errors: Mapping[str, type[APIError]] = {
        "InvalidParameterValue": InvalidParameterValueError,
        "InvalidParameterValue.ClipDuration": ClipDurationError,
        "ResourceUnavailable.StreamNotExist": StreamNotExistError,
    }


class Live(_Settings, BaseClient):
    pass


class AsyncLive(_Settings, AsyncBaseClient):
    pass


def ok(data: dict[str, Any] | None = None, request_id: str = "req-1") -> httpx.Response:
    return httpx.Response(200, json={"Response": {**(data or {}), "RequestId": request_id}})


def api_error(code: str, message: str = "boom", request_id: str = "req-err") -> httpx.Response:
    return httpx.Response(
        200, json={"Response": {"Error": {"Code": code, "Message": message}, "RequestId": request_id}}
    )


class Recorder:
    """A MockTransport handler replaying a script of responses (or exceptions) and recording requests."""

    def __init__(self, *script: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script[min(len(self.requests), len(self.script)) - 1] if self.script else ok()
        if isinstance(step, Exception):
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        # A fresh copy each time: httpx binds a response's stream to the (sync or async) client that got it.
        return httpx.Response(step.status_code, headers=step.headers, content=step.content)


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def call(mode: str, sleeps: Sleeps) -> Callable[..., ApiResult]:
    """call(handler, action="CreateLiveRecord", params=None, options=None, **client_kwargs) on either client."""

    def run(
        handler: Handler,
        action: str = "CreateLiveRecord",
        params: dict[str, Any] | None = None,
        options: CallOptions | None = None,
        **kwargs: Any,
    ) -> ApiResult:
        kwargs.setdefault("credential", Credential(SECRET_ID, SECRET_KEY, TOKEN))
        kwargs.setdefault("region", "ap-guangzhou")
        kwargs.setdefault("retry", RetryPolicy(sleep=sleeps, async_sleep=sleeps.async_sleep, random=lambda: 1.0))
        params = {"StreamName": "s1"} if params is None else params
        transport = httpx.MockTransport(handler)
        if mode == "sync":
            with Live(transport=transport, **kwargs) as client:
                return client._call(action, params, options)

        async def main() -> ApiResult:
            async with AsyncLive(transport=transport, **kwargs) as client:
                return await client._call(action, params, options)

        return asyncio.run(main())

    return run


class TestRequest:
    def test_success(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder(ok({"TaskId": 7}, request_id="abc"))
        before = int(time.time())
        result = call(recorder, params={"StreamName": "流", "Empty": []})
        assert result.data == {"TaskId": 7, "RequestId": "abc"}
        assert result.raw.status_code == 200 and result.raw.request_id == "abc" and result.request_id == "abc"
        assert result.raw.attempts == 1 and result.raw.elapsed_seconds >= 0
        assert result.raw.headers["content-type"] == "application/json"
        (request,) = recorder.requests
        assert request.method == "POST" and str(request.url) == "https://live.tencentcloudapi.com/"
        assert json.loads(request.content) == {"StreamName": "流", "Empty": []}
        headers = request.headers
        assert headers["Host"] == "live.tencentcloudapi.com"
        assert headers["Content-Type"] == "application/json"
        assert headers["X-TC-Action"] == "CreateLiveRecord"
        assert headers["X-TC-Version"] == "2018-08-01"
        assert headers["X-TC-Region"] == "ap-guangzhou"
        assert headers["X-TC-Token"] == TOKEN
        assert "X-TC-Language" not in headers
        assert before <= int(headers["X-TC-Timestamp"]) <= int(time.time())
        date = time.strftime("%Y-%m-%d", time.gmtime(int(headers["X-TC-Timestamp"])))
        assert headers["Authorization"].startswith(
            f"TC3-HMAC-SHA256 Credential={SECRET_ID}/{date}/live/tc3_request, SignedHeaders=content-type;host, Signature="
        )

    def test_get(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder()
        call(recorder, params={"Filters": [{"Name": "a b", "Values": ["流"]}], "Limit": 1}, http_method="get")
        (request,) = recorder.requests
        assert request.method == "GET"
        assert request.url.query == b"Filters.0.Name=a%20b&Filters.0.Values.0=%E6%B5%81&Limit=1"
        assert request.content == b""
        assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"

    def test_language_and_no_region(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder()
        call(recorder, language="en-US", region=None)
        headers = recorder.requests[0].headers
        assert headers["X-TC-Language"] == "en-US"
        assert "X-TC-Region" not in headers

    def test_extra_headers_and_timeout(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder()
        call(recorder, options=CallOptions(timeout=1.5, headers={"X-TC-TraceId": "t-1"}))
        request = recorder.requests[0]
        assert request.headers["X-TC-TraceId"] == "t-1"
        assert request.extensions["timeout"] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}

    def test_default_timeout(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder()
        call(recorder, timeout=httpx.Timeout(5.0, connect=2.0))
        assert recorder.requests[0].extensions["timeout"] == {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}

    @pytest.mark.parametrize("name", ["Authorization", "x-tc-action", "Host", "X-TC-Timestamp", "Content-Type"])
    def test_reserved_headers_cannot_be_replaced(self, call: Callable[..., ApiResult], name: str) -> None:
        recorder = Recorder()
        with pytest.raises(ConfigurationError, match="cannot be replaced"):
            call(recorder, options=CallOptions(headers={name: "x"}))
        assert recorder.requests == []

    def test_params_must_be_json(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder()
        with pytest.raises(ValidationError, match="not valid JSON"):
            call(recorder, params={"A": {1, 2}})
        with pytest.raises(ValidationError, match="not valid JSON"):
            call(recorder, params={"A": float("nan")})
        with pytest.raises(ValidationError, match="not valid UTF-8"):
            call(recorder, params={"A": "\ud800"}, http_method="GET")
        with pytest.raises(ValidationError, match="must be a JSON object"):
            call(recorder, params=[1, 2])
        assert recorder.requests == []

    def test_credential_asked_per_request(self, call: Callable[..., ApiResult]) -> None:
        issued: list[str] = []

        def fetch() -> tuple[Credential, float]:
            issued.append(f"AKIDtmp{len(issued)}")
            return Credential(issued[-1], SECRET_KEY, TOKEN), time.time() + 1  # always inside refresh window

        recorder = Recorder(api_error("RequestLimitExceeded"), ok())
        call(recorder, credential=RefreshingCredentialProvider(fetch, refresh_before=300))
        assert [r.headers["Authorization"].split("/")[0].split("=")[1] for r in recorder.requests] == [
            "AKIDtmp0",
            "AKIDtmp1",
        ]

    def test_explicit_credential_beats_environment(
        self, call: Callable[..., ApiResult], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDfromenv")
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "keyfromenv")
        recorder = Recorder()
        call(recorder)
        assert f"Credential={SECRET_ID}/" in recorder.requests[0].headers["Authorization"]
        call(recorder, credential=None)
        assert "Credential=AKIDfromenv/" in recorder.requests[1].headers["Authorization"]
        assert "X-TC-Token" not in recorder.requests[1].headers

    def test_no_credential_anywhere(
        self, call: Callable[..., ApiResult], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
    ) -> None:
        for name in ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("TENCENTCLOUD_CREDENTIALS_FILE", str(tmp_path / "absent"))
        recorder = Recorder()
        with pytest.raises(CredentialError, match="no Tencent Cloud credential found"):
            call(recorder, credential=None)
        assert recorder.requests == []


class TestConfiguration:
    def test_endpoints(self) -> None:
        cred = Credential(SECRET_ID, SECRET_KEY)
        cases: list[tuple[dict[str, Any], str]] = [
            ({}, "https://live.tencentcloudapi.com"),
            ({"international": True}, "https://live.intl.tencentcloudapi.com"),
            ({"regional_endpoint": True}, "https://live.ap-guangzhou.tencentcloudapi.com"),
            ({"endpoint": "live.ap-beijing.tencentcloudapi.com"}, "https://live.ap-beijing.tencentcloudapi.com"),
            ({"endpoint": "http://127.0.0.1:8080", "international": True}, "http://127.0.0.1:8080"),
            ({"endpoint": "https://proxy.example.com/"}, "https://proxy.example.com"),
        ]
        for kwargs, expected in cases:
            client = Live(cred, "ap-guangzhou", transport=httpx.MockTransport(Recorder()), **kwargs)
            assert client.endpoint == expected, kwargs
            client.close()

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"international": True, "regional_endpoint": True},
            {"endpoint": "ftp://x"},
            {"endpoint": "https://x/path"},
            {"endpoint": "a/b"},
            {"language": "fr-FR"},
            {"http_method": "PUT"},
            {"timeout": 0},
            {"timeout": "soon"},
            {"retry": 3},
            {"rate_limit": "yes"},
            {"credential": "AKID:secret"},
        ],
    )
    def test_invalid_arguments(self, kwargs: dict[str, Any]) -> None:
        kwargs.setdefault("credential", Credential(SECRET_ID, SECRET_KEY))
        with pytest.raises(ConfigurationError):
            Live(region="ap-guangzhou", transport=httpx.MockTransport(Recorder()), **kwargs)

    def test_regional_endpoint_needs_a_region(self) -> None:
        with pytest.raises(ConfigurationError, match="needs a region"):
            Live(Credential(SECRET_ID, SECRET_KEY), regional_endpoint=True)

    def test_region_validated_against_service_regions(self) -> None:
        with pytest.raises(RegionError) as info:
            Live(Credential(SECRET_ID, SECRET_KEY), "ap-nowhere")
        assert "ap-beijing, ap-guangzhou, ap-singapore" in str(info.value)
        assert isinstance(info.value, ValueError)

        class Unvalidated(BaseClient):
            _service = "vod"
            _version = "2018-07-17"
            _endpoint = "vod.tencentcloudapi.com"

        client = Unvalidated(Credential(SECRET_ID, SECRET_KEY), "ap-nowhere", transport=httpx.MockTransport(Recorder()))
        assert client.region == "ap-nowhere"
        client.close()

    def test_properties_and_repr(self) -> None:
        with Live(Credential(SECRET_ID, SECRET_KEY, TOKEN), "ap-beijing", language="zh-CN", http_method="get") as c:
            assert (c.service, c.version, c.region, c.language, c.http_method) == (
                "live",
                "2018-08-01",
                "ap-beijing",
                "zh-CN",
                "GET",
            )
            assert repr(c) == "Live(region='ap-beijing', endpoint='https://live.tencentcloudapi.com')"

    def test_context_managers_close_the_pool(self) -> None:
        with Live(Credential(SECRET_ID, SECRET_KEY)) as client:
            assert not client._engine._http.is_closed
        assert client._engine._http.is_closed

        async def main() -> AsyncLive:
            async with AsyncLive(Credential(SECRET_ID, SECRET_KEY)) as client:
                assert not client._engine._http.is_closed
            return client

        assert asyncio.run(main())._engine._http.is_closed

    def test_errors_property_is_read_lazily(self) -> None:
        reads: list[int] = []

        class LazyErrors(BaseClient):
            _service = "live"
            _version = "2018-08-01"
            _endpoint = "live.tencentcloudapi.com"

            @property
            def _errors(self) -> Mapping[str, type[APIError]]:
                reads.append(1)
                return {"ResourceUnavailable.StreamNotExist": StreamNotExistError}

        recorder = Recorder(ok(), api_error("ResourceUnavailable.StreamNotExist"), api_error("InternalError"))
        with LazyErrors(Credential(SECRET_ID, SECRET_KEY), transport=httpx.MockTransport(recorder)) as client:
            client._call("A", {})
            assert reads == []
            with pytest.raises(StreamNotExistError):
                client._call("A", {})
            with pytest.raises(errors.InternalError):
                client._call("A", {}, CallOptions(retry=1))
        assert reads == [1]


class TestErrorMapping:
    @pytest.mark.parametrize(
        "code,cls",
        [
            ("InvalidParameterValue.ClipDuration", ClipDurationError),  # exact, generated
            ("InvalidParameterValue.NotDocumented", InvalidParameterValueError),  # dotted parent, generated
            ("ResourceUnavailable.StreamNotExist", StreamNotExistError),
            ("ResourceUnavailable.Other", errors.ResourceUnavailableError),  # parent from the common codes
            ("AuthFailure.SignatureExpire", errors.AuthFailureSignatureExpireError),  # common
            ("Brand.New.Code", APIError),  # generic
        ],
    )
    def test_code_to_class(self, call: Callable[..., ApiResult], code: str, cls: type[APIError]) -> None:
        recorder = Recorder(api_error(code, "the message", "rid-42"))
        with pytest.raises(APIError) as info:
            call(recorder)
        error = info.value
        assert type(error) is cls
        assert (error.code, error.message, error.request_id, error.action) == (
            code,
            "the message",
            "rid-42",
            "CreateLiveRecord",
        )
        assert str(error) == f"[{code}] the message (RequestId=rid-42, Action=CreateLiveRecord)"
        assert error.attempts == 1 and len(recorder.requests) == 1

    @pytest.mark.parametrize(
        "response,cls,fragment",
        [
            (httpx.Response(200, text="<html>oops</html>"), InvalidResponseError, "body is not JSON"),
            (httpx.Response(200, content=b""), InvalidResponseError, "empty body"),
            (httpx.Response(200, json={"Data": 1}), InvalidResponseError, 'without a "Response"'),
            (httpx.Response(200, json=[1, 2]), InvalidResponseError, 'without a "Response"'),
            (httpx.Response(200, json={"Response": {"Error": {"Message": "x"}}}), InvalidResponseError, "no Code"),
            (httpx.Response(200, content=b"\xff\xfe{"), InvalidResponseError, "not JSON"),
            (httpx.Response(404, text="not found"), ServerError, "HTTP 404"),
            (httpx.Response(500, text="<html>Internal</html>"), ServerError, "HTTP 500"),
            (httpx.Response(502, json={"Response": {"RequestId": "r"}}), ServerError, "RequestId=r"),
        ],
    )
    def test_malformed_and_http_errors(
        self, call: Callable[..., ApiResult], response: httpx.Response, cls: type[Exception], fragment: str
    ) -> None:
        recorder = Recorder(response)
        with pytest.raises(cls) as info:
            call(recorder)  # CreateLiveRecord is not read-only: none of these is retried
        assert fragment in str(info.value)
        assert len(recorder.requests) == 1

    def test_api_error_with_non_200_status_is_still_the_api_error(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder(
            httpx.Response(
                500, json={"Response": {"Error": {"Code": "InternalError", "Message": "m"}, "RequestId": "r"}}
            )
        )
        with pytest.raises(errors.InternalError):
            call(recorder)

    @pytest.mark.parametrize(
        "exc,cls,sent,phase",
        [
            (httpx.ConnectError("refused"), NetworkError, False, None),
            (httpx.ConnectTimeout("slow connect"), RequestTimeoutError, False, "connect"),
            (httpx.PoolTimeout("pool"), RequestTimeoutError, False, "pool"),
            (httpx.WriteTimeout("slow write"), RequestTimeoutError, True, "write"),
            (httpx.ReadTimeout("slow read"), RequestTimeoutError, True, "read"),
            (httpx.RemoteProtocolError("Server disconnected"), NetworkError, True, None),
            (httpx.ReadError("reset"), NetworkError, True, None),
        ],
    )
    def test_transport_failures(
        self,
        call: Callable[..., ApiResult],
        exc: Exception,
        cls: type[NetworkError],
        sent: bool,
        phase: str | None,
    ) -> None:
        recorder = Recorder(exc)
        with pytest.raises(cls) as info:
            call(recorder, options=CallOptions(retry=1))
        error = info.value
        assert type(error) is cls
        assert error.request_sent is sent
        assert error.action == "CreateLiveRecord"
        assert error.__cause__ is exc
        if phase is not None:
            assert isinstance(error, RequestTimeoutError) and error.phase == phase

    def test_local_protocol_error_is_not_retried(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder(httpx.LocalProtocolError("bad header"))
        with pytest.raises(ConfigurationError):
            call(recorder, action="DescribeLiveStreamState")
        assert len(recorder.requests) == 1


class TestRetries:
    def test_throttling_is_retried_for_any_action(self, call: Callable[..., ApiResult], sleeps: Sleeps) -> None:
        recorder = Recorder(
            api_error("RequestLimitExceeded"), api_error("RequestLimitExceeded.UinLimitExceeded"), ok(request_id="x")
        )
        result = call(recorder)
        assert len(recorder.requests) == 3
        assert result.raw.attempts == 3 and result.request_id == "x"
        assert sleeps.delays == [1.0, 2.0]  # throttle base 1 s, doubling, random() == 1.0
        timestamps = [r.headers["X-TC-Timestamp"] for r in recorder.requests]
        assert all(timestamps)  # every attempt is stamped and signed anew

    def test_connect_failures_are_retried_then_raised(self, call: Callable[..., ApiResult], sleeps: Sleeps) -> None:
        recorder = Recorder(httpx.ConnectError("refused"))
        with pytest.raises(NetworkError) as info:
            call(recorder)
        assert len(recorder.requests) == 3 and info.value.attempts == 3
        assert sleeps.delays == [pytest.approx(0.2), pytest.approx(0.4)]

    @pytest.mark.parametrize(
        "failure",
        [
            api_error("InternalError"),
            api_error("InternalError.DbFailure"),
            httpx.Response(503, text="unavailable"),
            httpx.ReadTimeout("slow"),
            httpx.RemoteProtocolError("dropped"),
        ],
        ids=["InternalError", "InternalError.sub", "503", "read-timeout", "dropped"],
    )
    def test_unsafe_failures_only_retried_when_idempotent(
        self, call: Callable[..., ApiResult], failure: httpx.Response | Exception
    ) -> None:
        # Not read-only: one attempt.
        recorder = Recorder(failure)
        with pytest.raises(errors.TencentCloudError) as info:
            call(recorder, action="CreateLiveRecord")
        assert len(recorder.requests) == 1 and info.value.attempts == 1
        # Read-only: retried up to the bound, and success after a failure is returned.
        recorder = Recorder(failure, failure, failure)
        with pytest.raises(errors.TencentCloudError) as info:
            call(recorder, action="DescribeLiveStreamState")
        assert len(recorder.requests) == 3 and info.value.attempts == 3
        recorder = Recorder(failure, ok(request_id="fine"))
        assert call(recorder, action="DescribeLiveStreamState").request_id == "fine"
        # The caller can allow it for a non-read-only action, or forbid it for a read-only one.
        recorder = Recorder(failure, ok())
        call(recorder, action="CreateLiveRecord", options=CallOptions(idempotent=True))
        assert len(recorder.requests) == 2
        recorder = Recorder(failure, ok())
        with pytest.raises(errors.TencentCloudError):
            call(recorder, action="DescribeLiveStreamState", options=CallOptions(idempotent=False))
        assert len(recorder.requests) == 1

    @pytest.mark.parametrize(
        "failure",
        [
            api_error("InvalidParameterValue"),
            api_error("AuthFailure.SignatureFailure"),
            api_error("FailedOperation"),
            httpx.Response(200, text="not json"),
            httpx.Response(400, text="bad"),
        ],
    )
    def test_never_retried(self, call: Callable[..., ApiResult], failure: httpx.Response) -> None:
        recorder = Recorder(failure, ok())
        with pytest.raises(errors.TencentCloudError):
            call(recorder, action="DescribeLiveStreamState", options=CallOptions(idempotent=True))
        assert len(recorder.requests) == 1

    def test_per_call_retry_options(self, call: Callable[..., ApiResult], sleeps: Sleeps) -> None:
        recorder = Recorder(api_error("RequestLimitExceeded"))
        with pytest.raises(errors.RequestLimitExceededError):
            call(recorder, options=CallOptions(retry=1))
        assert len(recorder.requests) == 1
        recorder = Recorder(api_error("RequestLimitExceeded"))
        with pytest.raises(errors.RequestLimitExceededError) as info:
            call(recorder, options=CallOptions(retry=5))
        assert len(recorder.requests) == 5 and info.value.attempts == 5
        assert all(d <= 8.0 for d in sleeps.delays)
        recorder = Recorder(api_error("RequestLimitExceeded"))
        with pytest.raises(errors.RequestLimitExceededError):
            call(
                recorder,
                options=CallOptions(retry=RetryPolicy(max_attempts=2, sleep=sleeps, async_sleep=sleeps.async_sleep)),
            )
        assert len(recorder.requests) == 2
        with pytest.raises(ConfigurationError):
            call(Recorder(), options=CallOptions(retry=0))

    def test_client_retry_disabled(self, call: Callable[..., ApiResult]) -> None:
        recorder = Recorder(httpx.ConnectError("refused"))
        with pytest.raises(NetworkError):
            call(recorder, retry=RetryPolicy.disabled())
        assert len(recorder.requests) == 1


class TestRateLimit:
    def test_client_paces_documented_actions(self, call: Callable[..., ApiResult]) -> None:
        waits: list[float] = []

        async def async_wait(seconds: float) -> None:
            waits.append(seconds)

        # The limiter's clock stands still, so the waits do not depend on how fast this machine is.
        limiter = RateLimiter(
            {"CreateLiveRecord": 20}, clock=lambda: 100.0, sleep=waits.append, async_sleep=async_wait
        )
        recorder = Recorder()
        for _ in range(3):
            call(recorder, rate_limit=limiter)
        call(recorder, action="DescribeLiveStreamState", rate_limit=limiter)
        assert len(recorder.requests) == 4
        assert waits == pytest.approx([0.05, 0.1])

    def test_rate_limit_true_uses_the_spec_limits(self) -> None:
        with Live(Credential(SECRET_ID, SECRET_KEY), rate_limit=True) as client:
            assert client._config.limiter is not None
            assert client._config.limiter.limits == {"CreateLiveRecord": 20.0}
        with Live(Credential(SECRET_ID, SECRET_KEY)) as client:
            assert client._config.limiter is None


class TestLogging:
    def test_debug_records_and_no_secrets(
        self, call: Callable[..., ApiResult], caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.DEBUG, logger="tcapi")
        shown: list[str] = []
        recorder = Recorder(api_error("RequestLimitExceeded", request_id="r-throttled"), ok(request_id="r-ok"))
        result = call(recorder, action="DescribeLiveStreamState")
        shown += [repr(result), repr(result.raw)]
        failures: list[httpx.Response | Exception] = [
            api_error("InternalError", f"echo {SECRET_ID}"),
            httpx.ConnectError("refused"),
            httpx.ReadTimeout("slow"),
            httpx.Response(502, text="bad gateway"),
            httpx.Response(200, text="garbage"),
        ]
        for failure in failures:
            with pytest.raises(errors.TencentCloudError) as info:
                call(Recorder(failure), action="DescribeLiveStreamState")
            shown += [str(info.value), repr(info.value)]
        client = Live(Credential(SECRET_ID, SECRET_KEY, TOKEN), "ap-guangzhou")
        shown += [repr(client), str(client), repr(client._config.credentials), repr(vars(client))]
        client.close()
        messages = [record.getMessage() for record in caplog.records]
        shown += messages
        for text in shown:
            assert SECRET_KEY not in text and TOKEN not in text
        attempts = [m for m in messages if "DescribeLiveStreamState" in m and "attempt=" in m]
        assert any(
            "live.DescribeLiveStreamState region=ap-guangzhou attempt=1/3" in m and "request_id=r-throttled" in m
            for m in attempts
        )
        assert any("attempt=2/3 status=200" in m and "request_id=r-ok" in m and "latency_ms=" in m for m in attempts)
        assert any("retrying after attempt 1" in m for m in messages)
        assert all(r.name == "tcapi" for r in caplog.records)

    def test_silent_by_default(self, call: Callable[..., ApiResult], caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.WARNING)
        call(Recorder())
        assert [r for r in caplog.records if r.name == "tcapi"] == []

    def test_custom_logger(self, call: Callable[..., ApiResult], caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.DEBUG, logger="myapp")
        call(Recorder(), logger=logging.getLogger("myapp"))
        assert any(r.name == "myapp" and "CreateLiveRecord" in r.getMessage() for r in caplog.records)
