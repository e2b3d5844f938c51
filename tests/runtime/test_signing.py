"""TC3-HMAC-SHA256 signing.

The expected values below are copied from the worked example of the "签名方法 v3" page in seed 004
(spec/sources/live/004_79250585f497093e.txt, around lines 5290-5570).  The document masks the example's
SecretId and SecretKey as ``AKID`` + 32 asterisks and 32 asterisks; the intermediate values it prints
(derived keys, signature) are reproducible with exactly those strings, so they are used verbatim.
"""

from __future__ import annotations

import hashlib
import json
import time
import urllib.parse
from types import SimpleNamespace
from unittest import mock

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tcapi.runtime import signing
from tcapi.runtime.client import BaseClient
from tcapi.runtime.credentials import Credential

# ---- values copied from the document ------------------------------------------------------------------

DOC_SECRET_ID = "AKID********************************"
DOC_SECRET_KEY = "********************************"
DOC_TIMESTAMP = 1551113065
DOC_DATE = "2019-02-25"
DOC_SERVICE = "cvm"
DOC_HOST = "cvm.tencentcloudapi.com"
DOC_CONTENT_TYPE = "application/json; charset=utf-8"
DOC_PAYLOAD = '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'
DOC_HASHED_PAYLOAD = "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
DOC_CANONICAL_REQUEST = (
    "POST\n"
    "/\n"
    "\n"
    "content-type:application/json; charset=utf-8\n"
    "host:cvm.tencentcloudapi.com\n"
    "x-tc-action:describeinstances\n"
    "\n"
    "content-type;host;x-tc-action\n"
    "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064"
)
DOC_CANONICAL_HEADERS = (
    "content-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n"
)
DOC_SIGNED_HEADERS = "content-type;host;x-tc-action"
DOC_CREDENTIAL_SCOPE = "2019-02-25/cvm/tc3_request"
DOC_HASHED_CANONICAL_REQUEST = "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"
DOC_STRING_TO_SIGN = (
    "TC3-HMAC-SHA256\n"
    "1551113065\n"
    "2019-02-25/cvm/tc3_request\n"
    "7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84"
)
DOC_SECRET_DATE = "da98fb70dcf6b112dc21038d1eeeb3a95c74b4dcb12c1131f864f6066bd02be0"
DOC_SECRET_SERVICE = "8d70cbefb03939f929db64d32dc2ba89b1095620119fe3e050e2b18c5bd2752f"
DOC_SECRET_SIGNING = "b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af"
DOC_SIGNATURE = "10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
DOC_AUTHORIZATION = (
    "TC3-HMAC-SHA256 Credential=AKID********************************/2019-02-25/cvm/tc3_request, "
    "SignedHeaders=content-type;host;x-tc-action, "
    "Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f"
)
DOC_PARAMS = {"Limit": 1, "Filters": [{"Values": ["未命名"], "Name": "instance-name"}]}
DOC_HEADERS = {
    "Authorization": "(computed)",
    "Content-Type": DOC_CONTENT_TYPE,
    "Host": DOC_HOST,
    "X-TC-Action": "DescribeInstances",
    "X-TC-Timestamp": "1551113065",
    "X-TC-Version": "2017-03-12",
    "X-TC-Region": "ap-guangzhou",
}


def sign_doc_example() -> signing.SignatureParts:
    return signing.sign(
        secret_id=DOC_SECRET_ID,
        secret_key=DOC_SECRET_KEY,
        service=DOC_SERVICE,
        timestamp=DOC_TIMESTAMP,
        method="POST",
        headers={k: v for k, v in DOC_HEADERS.items() if k != "Authorization"},
        payload=DOC_PAYLOAD.encode("utf-8"),
        signed_headers=("content-type", "host", "x-tc-action"),
    )


class TestDocumentWorkedExample:
    def test_hashed_payload(self) -> None:
        assert signing.sha256_hex(DOC_PAYLOAD.encode("utf-8")) == DOC_HASHED_PAYLOAD
        assert sign_doc_example().hashed_payload == DOC_HASHED_PAYLOAD

    def test_request_body_is_the_documents_payload(self) -> None:
        # The document's payload is what json.dumps gives for its parameters, and so is our body.
        class Cvm(BaseClient):
            _service = "cvm"
            _version = "2017-03-12"
            _endpoint = DOC_HOST

        with Cvm(Credential(DOC_SECRET_ID, DOC_SECRET_KEY), "ap-guangzhou") as client:
            body, query = client._engine.encode("DescribeInstances", DOC_PARAMS)
        assert body == DOC_PAYLOAD.encode("ascii")
        assert query == ""

    def test_canonical_request(self) -> None:
        parts = sign_doc_example()
        assert parts.canonical_headers == DOC_CANONICAL_HEADERS
        assert parts.signed_headers == DOC_SIGNED_HEADERS
        assert parts.canonical_request == DOC_CANONICAL_REQUEST
        assert parts.hashed_canonical_request == DOC_HASHED_CANONICAL_REQUEST

    def test_string_to_sign(self) -> None:
        parts = sign_doc_example()
        assert parts.credential_scope == DOC_CREDENTIAL_SCOPE
        assert parts.string_to_sign == DOC_STRING_TO_SIGN

    def test_derived_keys(self) -> None:
        import hmac

        secret_date = hmac.new(("TC3" + DOC_SECRET_KEY).encode(), DOC_DATE.encode(), hashlib.sha256).digest()
        secret_service = hmac.new(secret_date, DOC_SERVICE.encode(), hashlib.sha256).digest()
        assert secret_date.hex() == DOC_SECRET_DATE
        assert secret_service.hex() == DOC_SECRET_SERVICE
        assert signing.derive_signing_key(DOC_SECRET_KEY, DOC_DATE, DOC_SERVICE).hex() == DOC_SECRET_SIGNING

    def test_signature_and_authorization(self) -> None:
        parts = sign_doc_example()
        assert parts.signature == DOC_SIGNATURE
        assert parts.authorization == DOC_AUTHORIZATION

    def test_header_names_and_values_are_canonicalised(self) -> None:
        # Keys and values are lower-cased and stripped; order of the given headers does not matter.
        shuffled = {
            "x-tc-action": "  DescribeInstances ",
            "HOST": DOC_HOST,
            "content-TYPE": DOC_CONTENT_TYPE,
        }
        parts = signing.sign(
            secret_id=DOC_SECRET_ID,
            secret_key=DOC_SECRET_KEY,
            service=DOC_SERVICE,
            timestamp=DOC_TIMESTAMP,
            method="post",
            headers=shuffled,
            payload=DOC_PAYLOAD.encode(),
            signed_headers=("X-TC-Action", "Host", "Content-Type"),
        )
        assert parts.authorization == DOC_AUTHORIZATION

    def test_date_is_utc_even_in_utc_plus_8(self, monkeypatch: pytest.MonkeyPatch) -> None:
        # The document's warning: 1551113065 is 2019-02-26 00:44:25 in UTC+8, but the date must be 2019-02-25.
        if not hasattr(time, "tzset"):
            pytest.skip("time.tzset is not available")
        monkeypatch.setenv("TZ", "Asia/Shanghai")
        time.tzset()
        try:
            assert time.strftime("%Y-%m-%d", time.localtime(DOC_TIMESTAMP)) == "2019-02-26"
            assert signing.credential_date(DOC_TIMESTAMP) == DOC_DATE
            assert sign_doc_example().signature == DOC_SIGNATURE
        finally:
            monkeypatch.delenv("TZ")
            time.tzset()

    def test_a_changed_byte_changes_the_signature(self) -> None:
        parts = signing.sign(
            secret_id=DOC_SECRET_ID,
            secret_key=DOC_SECRET_KEY,
            service=DOC_SERVICE,
            timestamp=DOC_TIMESTAMP,
            method="POST",
            headers={k: v for k, v in DOC_HEADERS.items() if k != "Authorization"},
            payload=DOC_PAYLOAD.replace("1", "2", 1).encode(),
            signed_headers=("content-type", "host", "x-tc-action"),
        )
        assert parts.signature != DOC_SIGNATURE

    def test_missing_required_signed_header_is_refused(self) -> None:
        with pytest.raises(ValueError, match="host"):
            signing.sign(
                secret_id="id",
                secret_key="key",
                service="cvm",
                timestamp=1,
                method="POST",
                headers={"Content-Type": "application/json"},
                signed_headers=("content-type",),
            )
        with pytest.raises(ValueError, match="x-tc-action"):
            signing.sign(
                secret_id="id",
                secret_key="key",
                service="cvm",
                timestamp=1,
                method="POST",
                headers={"Content-Type": "application/json", "Host": "h"},
                signed_headers=("content-type", "host", "x-tc-action"),
            )


class TestGet:
    def test_get_canonical_request(self) -> None:
        query = signing.canonical_query_string({"Limit": 10, "Offset": 0})
        assert query == "Limit=10&Offset=0"  # the document's GET example URL: ?Limit=10&Offset=0
        parts = signing.sign(
            secret_id=DOC_SECRET_ID,
            secret_key=DOC_SECRET_KEY,
            service="cvm",
            timestamp=1539084154,
            method="GET",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Host": DOC_HOST},
            query=query,
        )
        empty_sha256 = hashlib.sha256(b"").hexdigest()
        assert parts.hashed_payload == empty_sha256
        assert parts.canonical_request == (
            "GET\n/\nLimit=10&Offset=0\n"
            "content-type:application/x-www-form-urlencoded\nhost:cvm.tencentcloudapi.com\n\n"
            f"content-type;host\n{empty_sha256}"
        )
        assert parts.credential_scope == "2018-10-09/cvm/tc3_request"

    def test_flattening(self) -> None:
        params = {
            "Limit": 1,
            "Filters": [{"Values": ["未命名", "a b"], "Name": "instance-name"}],
            "Flag": True,
            "Off": False,
            "Ratio": 0.5,
            "Empty": [],
            "EmptyObject": {},
            "Nothing": None,
        }
        assert signing.flatten_params(params) == [
            ("Limit", "1"),
            ("Filters.0.Values.0", "未命名"),
            ("Filters.0.Values.1", "a b"),
            ("Filters.0.Name", "instance-name"),
            ("Flag", "true"),
            ("Off", "false"),
            ("Ratio", "0.5"),
            ("Nothing", ""),
        ]

    def test_rfc3986_encoding(self) -> None:
        query = signing.canonical_query_string({"Name": "未命名 a+b/c~d_e.f-g*'!", "K~": "="})
        # UTF-8, upper-case hex, space as %20, unreserved characters kept.
        assert query == "Name=%E6%9C%AA%E5%91%BD%E5%90%8D%20a%2Bb%2Fc~d_e.f-g%2A%27%21&K~=%3D"
        assert urllib.parse.parse_qsl(query) == [("Name", "未命名 a+b/c~d_e.f-g*'!"), ("K~", "=")]


# ---- comparison with the official signer -----------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
names = st.text(alphabet=st.characters(min_codepoint=48, max_codepoint=122), min_size=1, max_size=12)
json_values = st.recursive(
    json_scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(names, children, max_size=4),
    max_leaves=12,
)
post_params = st.dictionaries(names, json_values, max_size=6)

# GET carries no JSON null and the two implementations spell booleans differently ("True" vs "true"),
# so GET parameters are built from strings and numbers (including Unicode, nesting and empty arrays).
get_scalars = st.integers(min_value=-(2**63), max_value=2**64) | st.text(max_size=20)
get_values = st.recursive(
    get_scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(names, children, max_size=3),
    max_leaves=10,
)
get_params = st.dictionaries(names, get_values, max_size=6)
secret_text = st.text(
    alphabet=st.characters(min_codepoint=33, max_codepoint=0x2FFF, blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")),
    min_size=1,
    max_size=40,
)
# SecretId and token travel in HTTP headers, so the runtime admits printable ASCII only (the key is never sent).
header_text = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40)
timestamps = st.integers(min_value=0, max_value=2**32)
regions = st.sampled_from([None, "ap-guangzhou", "ap-shanghai", "na-siliconvalley"])
actions = st.sampled_from(["DescribeLiveStreamState", "CreateLiveRecord", "DescribeInstances"])


class _Live(BaseClient):
    _service = "live"
    _version = "2018-08-01"
    _endpoint = "live.tencentcloudapi.com"


def _ours(method: str, action: str, params: dict, secret_id: str, secret_key: str, token, region, timestamp):  # type: ignore[no-untyped-def]
    transport = httpx.MockTransport(lambda request: httpx.Response(500))
    with _Live(Credential(secret_id, secret_key, token), region, http_method=method, transport=transport) as client:
        engine = client._engine
        engine._clock = lambda: timestamp
        content, query = engine.encode(action, params)
        return engine.prepare(action, content, query, None)


@pytest.fixture(scope="module")
def sdk():  # type: ignore[no-untyped-def]
    abstract_client = pytest.importorskip(
        "tencentcloud.common.abstract_client", reason="tencentcloud-sdk-python-common is not installed"
    )
    from tencentcloud.common.credential import Credential as SdkCredential
    from tencentcloud.common.http.request import RequestInternal
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile

    class SdkLive(abstract_client.AbstractClient):  # type: ignore[misc, name-defined]
        _apiVersion = "2018-08-01"
        _endpoint = "live.tencentcloudapi.com"
        _service = "live"

    def build(method, action, params, secret_id, secret_key, token, region, timestamp, rfc3986=False):  # type: ignore[no-untyped-def]
        profile = ClientProfile(signMethod="TC3-HMAC-SHA256", httpProfile=HttpProfile(reqMethod=method))
        client = SdkLive(SdkCredential(secret_id, secret_key, token), region, profile)
        request = RequestInternal(client._get_endpoint(), method, "/")
        patches = [mock.patch.object(abstract_client, "time", SimpleNamespace(time=lambda: timestamp))]
        if rfc3986:
            # The one deliberate difference: the document asks for RFC 3986 (space as %20); the SDK's
            # urlencode writes form encoding (space as +).  Make the SDK use RFC 3986 to compare the rest.
            patches.append(
                mock.patch.object(
                    abstract_client,
                    "urlencode",
                    lambda query: urllib.parse.urlencode(query, quote_via=urllib.parse.quote),
                )
            )
        with patches[0]:
            if len(patches) > 1:
                with patches[1]:
                    client._build_req_inter(action, params, request)
            else:
                client._build_req_inter(action, params, request)
        return request

    return build


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=post_params,
    secret_id=header_text,
    secret_key=secret_text,
    token=st.none() | header_text,
    region=regions,
    timestamp=timestamps,
    action=actions,
)
def test_post_matches_official_sdk(sdk, params, secret_id, secret_key, token, region, timestamp, action) -> None:  # type: ignore[no-untyped-def]
    theirs = sdk("POST", action, params, secret_id, secret_key, token, region, timestamp)
    ours = _ours("POST", action, params, secret_id, secret_key, token, region, timestamp)
    assert ours.content == theirs.data.encode("utf-8")
    assert ours.headers["Authorization"] == theirs.header["Authorization"]
    for name in ("Content-Type", "Host", "X-TC-Action", "X-TC-Timestamp", "X-TC-Version"):
        assert ours.headers[name] == theirs.header[name]
    assert ours.headers.get("X-TC-Region") == theirs.header.get("X-TC-Region")
    assert ours.headers.get("X-TC-Token") == theirs.header.get("X-TC-Token")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=get_params,
    secret_id=header_text,
    secret_key=secret_text,
    region=regions,
    timestamp=timestamps,
    action=actions,
)
def test_get_matches_official_sdk_with_rfc3986_spaces(sdk, params, secret_id, secret_key, region, timestamp, action) -> None:  # type: ignore[no-untyped-def]
    theirs = sdk("GET", action, params, secret_id, secret_key, None, region, timestamp, rfc3986=True)
    ours = _ours("GET", action, params, secret_id, secret_key, None, region, timestamp)
    assert ours.url.partition("?")[2] == theirs.data
    assert ours.content is None
    assert ours.headers["Authorization"] == theirs.header["Authorization"]
    assert ours.headers["Content-Type"] == theirs.header["Content-Type"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=st.dictionaries(
        names,
        st.integers()
        | st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=" "), max_size=10),
        max_size=5,
    ),
    timestamp=timestamps,
)
def test_get_matches_unmodified_official_sdk_without_spaces(sdk, params, timestamp) -> None:  # type: ignore[no-untyped-def]
    theirs = sdk("GET", "DescribeInstances", params, "AKIDexample", "secret", None, "ap-guangzhou", timestamp)
    ours = _ours("GET", "DescribeInstances", params, "AKIDexample", "secret", None, "ap-guangzhou", timestamp)
    assert ours.url.partition("?")[2] == theirs.data
    assert ours.headers["Authorization"] == theirs.header["Authorization"]


def test_post_doc_params_match_official_sdk(sdk) -> None:  # type: ignore[no-untyped-def]
    theirs = sdk(
        "POST", "DescribeInstances", DOC_PARAMS, DOC_SECRET_ID, DOC_SECRET_KEY, None, "ap-guangzhou", DOC_TIMESTAMP
    )
    ours = _ours(
        "POST", "DescribeInstances", DOC_PARAMS, DOC_SECRET_ID, DOC_SECRET_KEY, None, "ap-guangzhou", DOC_TIMESTAMP
    )
    assert theirs.data == DOC_PAYLOAD
    assert ours.headers["Authorization"] == theirs.header["Authorization"]
    assert json.loads(ours.content) == DOC_PARAMS


def test_client_sends_what_it_signs() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"Response": {"RequestId": "r"}})

    for method in ("POST", "GET"):
        with _Live(
            Credential("AKIDexample", "secret"),
            "ap-guangzhou",
            http_method=method,
            transport=httpx.MockTransport(handler),
        ) as client:
            client._call("DescribeX", {"Name": "未命名 x", "List": [1, {"A": "b"}], "Empty": []})
        request = seen[-1]
        query = request.url.query.decode("ascii")
        parts = signing.sign(
            secret_id="AKIDexample",
            secret_key="secret",
            service="live",
            timestamp=int(request.headers["X-TC-Timestamp"]),
            method=request.method,
            headers=dict(request.headers),
            payload=request.content,
            query=query,
        )
        assert request.headers["Authorization"] == parts.authorization
        if method == "GET":
            assert query == "Name=%E6%9C%AA%E5%91%BD%E5%90%8D%20x&List.0=1&List.1.A=b"
            assert request.content == b""
        else:
            assert query == ""
            assert json.loads(request.content) == {"Name": "未命名 x", "List": [1, {"A": "b"}], "Empty": []}
