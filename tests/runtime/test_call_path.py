"""What the per-call fast paths must keep: no cookies, per-day signing keys, and `from_dict` as the constructor."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import types
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx
import pytest

from tcapi.runtime._unset import UNSET, Unset
from tcapi.runtime.client import AsyncBaseClient, BaseClient
from tcapi.runtime.credentials import Credential
from tcapi.runtime.modeling import Field, Model, Response

SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3SECRETKEY"


class _Settings:
    _service = "live"
    _version = "2018-08-01"
    _endpoint = "live.tencentcloudapi.com"


class Live(_Settings, BaseClient):
    pass


class AsyncLive(_Settings, AsyncBaseClient):
    pass


def _cookie_then_ok(requests: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(
            200,
            headers={"Set-Cookie": "session=abc; Path=/"},
            json={"Response": {"RequestId": f"r{len(requests)}"}},
        )

    return httpx.MockTransport(handler)


def test_sync_client_keeps_no_cookies() -> None:
    requests: list[httpx.Request] = []
    with Live(Credential(SECRET_ID, SECRET_KEY), "ap-guangzhou", transport=_cookie_then_ok(requests)) as client:
        assert client.call("DescribeLiveDomains") == {"RequestId": "r1"}
        assert client.call("DescribeLiveDomains") == {"RequestId": "r2"}
        assert len(client._engine._http.cookies) == 0
    assert [r.headers.get("Cookie") for r in requests] == [None, None]


def test_async_client_keeps_no_cookies() -> None:
    requests: list[httpx.Request] = []

    async def main() -> int:
        async with AsyncLive(Credential(SECRET_ID, SECRET_KEY), transport=_cookie_then_ok(requests)) as client:
            await client.call("DescribeLiveDomains")
            await client.call("DescribeLiveDomains")
            return len(client._engine._http.cookies)

    assert asyncio.run(main()) == 0
    assert [r.headers.get("Cookie") for r in requests] == [None, None]


def _expected_signature(request: httpx.Request) -> str:
    """TC3-HMAC-SHA256 of a POST computed from scratch, with the key derived for the request's own date."""
    timestamp = request.headers["X-TC-Timestamp"]
    date = request.headers["Authorization"].split("Credential=")[1].split("/")[1]
    canonical = "\n".join(
        [
            "POST",
            "/",
            "",
            f"content-type:{request.headers['Content-Type']}\nhost:{request.headers['Host']}\n",
            "content-type;host",
            hashlib.sha256(request.content).hexdigest(),
        ]
    )
    string_to_sign = "\n".join(
        ["TC3-HMAC-SHA256", timestamp, f"{date}/live/tc3_request", hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = ("TC3" + SECRET_KEY).encode()
    for part in (date, "live", "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()


@pytest.mark.parametrize(
    ("timestamps", "dates"),
    [
        # One second before and at UTC midnight: the cached key of the first day must not sign the second.
        ([1735689599, 1735689600], ["2024-12-31", "2025-01-01"]),
        # Same day, then the next day, then back: each date gets its own key.
        ([1735603200, 1735689600 + 5, 1735603200 + 7], ["2024-12-31", "2025-01-01", "2024-12-31"]),
    ],
)
def test_signing_key_follows_the_utc_date(timestamps: list[int], dates: list[str]) -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"Response": {"RequestId": "r"}})

    with Live(Credential(SECRET_ID, SECRET_KEY), transport=httpx.MockTransport(handler)) as client:
        for timestamp in timestamps:
            client._engine._clock = lambda timestamp=timestamp: timestamp
            client.call("DescribeLiveDomains", {"PageNum": timestamp})
    assert [r.headers["Authorization"].split("/")[1] for r in requests] == dates
    for request in requests:
        assert request.headers["Authorization"].endswith(f"Signature={_expected_signature(request)}")


def test_a_rotated_secret_key_gets_a_new_signing_key() -> None:
    requests: list[httpx.Request] = []
    secrets = iter([SECRET_KEY, "another-secret-key"])

    class Rotating:
        def get_credential(self) -> Credential:
            return Credential(SECRET_ID, next(secrets))

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"Response": {"RequestId": "r"}})

    with Live(Rotating(), transport=httpx.MockTransport(handler)) as client:
        client.call("DescribeLiveDomains")
        client.call("DescribeLiveDomains")
    assert requests[0].headers["Authorization"].endswith(f"Signature={_expected_signature(requests[0])}")
    assert not requests[1].headers["Authorization"].endswith(f"Signature={_expected_signature(requests[1])}")


# -- from_dict ----------------------------------------------------------------------------------------------


@dataclass(kw_only=True)
class Leaf(Model):
    name: str | None | Unset = UNSET
    size: int | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Name", "name", "String"),
        Field("Size", "size", "Integer"),
    )


@dataclass(kw_only=True)
class Branch(Model):
    leaf: Leaf | None | Unset = UNSET
    leaves: list[Leaf] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Leaf", "leaf", f"{__name__}:Leaf"),
        Field("Leaves", "leaves", f"{__name__}:Leaf", array=True),
        Field("Tags", "tags", "String", array=True),
    )


@dataclass(kw_only=True)
class TreeResponse(Response):
    branch: Branch | None | Unset = UNSET
    request_id: str | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("Branch", "branch", f"{__name__}:Branch"),
        Field("RequestId", "request_id", "String"),
    )


def test_from_dict_builds_what_the_constructor_builds() -> None:
    data = {
        "Branch": {
            "Leaf": {"Name": "a", "Size": 1},
            "Leaves": [{"Name": "b"}, {"Size": 2, "Colour": "red"}],
            "Tags": ["x", "y"],
        },
        "RequestId": "r-1",
    }
    built = TreeResponse.from_dict(data)
    expected = TreeResponse(
        branch=Branch(
            leaf=Leaf(name="a", size=1),
            leaves=[Leaf(name="b"), Leaf(size=2, extra={"Colour": "red"})],
            tags=["x", "y"],
        ),
        request_id="r-1",
    )
    assert built == expected
    assert built.raw_response is None
    assert isinstance(built.branch, Branch) and isinstance(built.branch.leaves, list)
    assert built.branch.leaves[0].size is UNSET and built.branch.leaves[1].name is UNSET
    assert built.to_dict() == data
    assert repr(built) == repr(expected)


def test_from_dict_keeps_unknown_keys_and_odd_values() -> None:
    data: dict[str, Any] = {
        "Leaf": None,
        "Leaves": [{"Name": "b"}, "not an object", 3, None],
        "Tags": None,
        "New": {"Field": 1},
    }
    built = Branch.from_dict(data)
    assert built.leaf is None and built.tags is None
    assert isinstance(built.leaves, list)
    assert built.leaves[1:] == ["not an object", 3, None]
    assert built.extra == {"New": {"Field": 1}}
    # An array field that holds one object instead of a list still becomes a model; a scalar stays as it is.
    assert Branch.from_dict({"Leaves": {"Name": "one"}}).leaves == Leaf(name="one")
    assert Branch.from_dict({"Leaf": "text"}).leaf == "text"
    assert Branch.from_dict({}) == Branch()


def test_from_dict_accepts_any_mapping_and_gives_each_object_its_own_extra() -> None:
    first = Leaf.from_dict(types.MappingProxyType({"Name": "a", "Other": 1}))
    assert first == Leaf(name="a", extra={"Other": 1})
    second, third = Leaf.from_dict({"Name": "b"}), Leaf.from_dict({"Name": "c"})
    second.extra["Added"] = True
    assert third.extra == {} and Leaf.from_dict({}).extra == {}
