"""The runtime stays bounded whatever comes back: deep JSON, huge or endless bodies, and credentials that cannot
travel in a header never escape as RecursionError, MemoryError, a hang or a leaked secret."""

from __future__ import annotations

import asyncio
import time
import traceback
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from tcapi.runtime.client import AsyncBaseClient, BaseClient, CallOptions
from tcapi.runtime.credentials import Credential
from tcapi.runtime.errors import CredentialError, InvalidResponseError, RequestTimeoutError
from tcapi.runtime.retry import RetryPolicy

CREDENTIAL = Credential("AKIDexampleexample", "secret-key")


class _Settings:
    _service = "live"
    _version = "2018-08-01"
    _endpoint = "live.tencentcloudapi.com"


class Live(_Settings, BaseClient):
    pass


class AsyncLive(_Settings, AsyncBaseClient):
    pass


def _sync(handler: object, **kwargs: object) -> Live:
    return Live(CREDENTIAL, transport=httpx.MockTransport(handler), retry=RetryPolicy(1), **kwargs)  # type: ignore[arg-type]


def _deep_body(depth: int) -> bytes:
    return b'{"Response": {"RequestId": "r", "Deep": ' + b"[" * depth + b"]" * depth + b"}}"


def test_deeply_nested_json_is_an_invalid_response() -> None:
    body = _deep_body(200_000)
    with _sync(lambda request: httpx.Response(200, content=body)) as client:
        with pytest.raises(InvalidResponseError) as caught:
            client.call("DescribeX")
    assert "nested too deeply" in str(caught.value)


def test_a_body_past_the_size_limit_is_an_invalid_response() -> None:
    body = b'{"Response": {"RequestId": "r", "Blob": "' + b"x" * 5000 + b'"}}'
    with _sync(lambda request: httpx.Response(200, content=body), max_response_bytes=1000) as client:
        with pytest.raises(InvalidResponseError) as caught:
            client.call("DescribeX")
    assert "larger than 1000 bytes" in str(caught.value)
    with _sync(lambda request: httpx.Response(200, content=body), max_response_bytes=10_000) as client:
        assert client.call("DescribeX")["Blob"] == "x" * 5000


def _endless() -> Iterator[bytes]:
    """A body that never ends, trickling in well under the size limit (each chunk within any read timeout)."""
    yield b'{"Response": {"RequestId": "r", "Blob": "'
    while True:
        time.sleep(0.01)
        yield b"x" * 1024


async def _endless_async() -> AsyncIterator[bytes]:
    yield b'{"Response": {"RequestId": "r", "Blob": "'
    while True:
        await asyncio.sleep(0.01)
        yield b"x" * 1024


def test_an_endless_body_stops_at_the_timeout() -> None:
    with _sync(lambda request: httpx.Response(200, content=_endless())) as client:
        with pytest.raises(RequestTimeoutError) as caught:
            client.call("CreateX", options=CallOptions(timeout=0.3))
    assert caught.value.phase == "total" and caught.value.request_sent


def test_an_endless_body_stops_at_the_timeout_async() -> None:
    async def run() -> None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, content=_endless_async()))
        async with AsyncLive(CREDENTIAL, transport=transport, retry=RetryPolicy(1), timeout=0.3) as client:
            await client.call("CreateX")

    with pytest.raises(RequestTimeoutError):
        asyncio.run(run())


@pytest.mark.parametrize("field", ["secret_id", "token"])
def test_credentials_that_cannot_travel_in_a_header_are_refused_without_the_secret(field: str) -> None:
    secret = "令牌-very-secret-ü"
    values = {"secret_id": "AKIDexample", "secret_key": "key", "token": None} | {field: secret}
    with pytest.raises(CredentialError) as caught:
        Credential(**values)  # type: ignore[arg-type]
    shown = "".join(traceback.format_exception(caught.value)) + repr(caught.value.args)
    assert secret not in shown and caught.value.__cause__ is None and caught.value.__context__ is None
