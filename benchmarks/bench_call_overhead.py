"""Per-call client-side overhead of the generated live client against the official tencentcloud-sdk-python.

    python benchmarks/bench_call_overhead.py [--iterations 3000] [--rounds 5] [--warmup 300]
                                             [--import-rounds 9] [--profile] [--json FILE] [--require-faster]

Both sides do the whole client-side job of one call, in one process, in one run: build the request from the
caller's arguments (ours: keyword arguments, validated; official: attribute assignment on its request model),
serialise it to a JSON body, sign it (TC3-HMAC-SHA256, POST), hand it to the HTTP library, and parse the
canned response into models.  Only the network is replaced, at the narrowest seam each HTTP stack offers,
so the HTTP library's own request/response machinery still runs:

  ours (sync)        LiveClient(transport=<httpx.BaseTransport>)           -> httpx.Client -> canned response
  ours (async)       AsyncLiveClient(transport=<httpx.AsyncBaseTransport>) -> httpx.AsyncClient -> same
  official (sync)    live_client.LiveClient; a requests transport adapter mounted on its requests.Session
                     (client.request.conn._session) -> requests.Session.request -> canned response
  official (async)   live_client_async.LiveClient; its httpx.AsyncClient rebuilt with the same async
                     transport ours uses

Before timing, one call of each kind is checked: its Authorization header is verified with an independent
TC3-HMAC-SHA256 implementation (so signing really runs), its body is the JSON of the request, and the parsed
response equals the canned one (so JSON parsing and model building really run).

Actions (canned responses are the documented examples of generated/tcapi/live/v20180801/tests/*.json):
  small   DescribeLiveDomainCert       1 request field; the documented response (one nested object)
  medium  DescribeLiveDomains          5 request fields; documented DomainList entry repeated to a page of 10
  large   DescribeLiveStreamOnlineList 4 request fields; documented OnlineInfo entry (with its nested
                                       PublishTimeList) repeated to a full page of 100

Each call is timed with time.perf_counter; implementations are interleaved in --rounds blocks so drift hits
all of them alike; median and p90 per call are reported in microseconds.  The cost split of one call
(model build+validate+serialize, signing, transport, parse) is measured by running each step alone through
the same objects the clients use.  Import time (import + constructing a client) is measured in fresh
subprocesses.  With --profile (or whenever ours is not faster) a cProfile of our sync client is printed.

tencentcloud-sdk-python-live (and -common) are benchmark/test-only dependencies:
    pip install tencentcloud-sdk-python-live
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import cProfile
import gc
import hashlib
import hmac
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
EXAMPLES = GENERATED / "tcapi" / "live" / "v20180801" / "tests"
sys.path.insert(0, str(GENERATED))

import httpx  # noqa: E402

from tcapi.live.v20180801 import AsyncLiveClient, LiveClient  # noqa: E402
from tcapi.runtime.credentials import Credential  # noqa: E402

try:
    import requests
    from requests.__version__ import __version__ as REQUESTS_VERSION
    from requests.adapters import BaseAdapter
    from requests.structures import CaseInsensitiveDict
    from tencentcloud import __version__ as OFFICIAL_VERSION
    from tencentcloud.common import credential as official_credential
    from tencentcloud.common.http.request import RequestInternal
    from tencentcloud.live.v20180801 import live_client as official_live
    from tencentcloud.live.v20180801 import live_client_async as official_live_async
    from tencentcloud.live.v20180801 import models as official_models
except ImportError as exc:  # pragma: no cover - the comparison needs it
    raise SystemExit(
        f"the official SDK is needed for this benchmark ({exc}); pip install tencentcloud-sdk-python-live"
    ) from None

# The signature v3 document's example key pair: never a real secret.
SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
REGION = "ap-guangzhou"
SERVICE = "live"
HOST = "live.tencentcloudapi.com"

IMPLS = ("ours sync", "ours async", "official sync", "official async")


# -- canned responses ---------------------------------------------------------------------------------------


def documented_response(snake: str) -> dict[str, Any]:
    data = json.loads((EXAMPLES / f"{snake}.json").read_text(encoding="utf-8"))
    return copy.deepcopy(data["examples"][0]["response"])


def domains_page() -> dict[str, Any]:
    response = documented_response("describe_live_domains")
    entry = response["DomainList"][0]
    response["DomainList"] = [
        {**entry, "Name": f"d{i}.abc.com", "TargetDomain": f"d{i}.abc.com.liveplay.myqcloud.com"} for i in range(10)
    ]
    response["AllCount"] = 10
    return response


def online_page() -> dict[str, Any]:
    response = documented_response("describe_live_stream_online_list")
    entry = response["OnlineInfo"][0]
    response["OnlineInfo"] = [
        {**copy.deepcopy(entry), "StreamName": f"5000_stream{i:03d}", "PushToDelay": i % 2} for i in range(100)
    ]
    response["TotalNum"] = 100
    response["PageSize"] = 100
    return response


# -- the actions, as a caller writes them on each side --------------------------------------------------------


def ours_cert(client: Any) -> Any:
    return client.describe_live_domain_cert(domain_name="5000.liveplay.myqcloud.com")


def ours_domains(client: Any) -> Any:
    return client.describe_live_domains(domain_status=1, domain_type=1, page_size=10, page_num=1, is_delay_live=0)


def ours_online(client: Any) -> Any:
    return client.describe_live_stream_online_list(
        domain_name="5000.livepush.myqcloud.com", app_name="live", page_num=1, page_size=100
    )


def official_cert_request() -> Any:
    req = official_models.DescribeLiveDomainCertRequest()
    req.DomainName = "5000.liveplay.myqcloud.com"
    return req


def official_domains_request() -> Any:
    req = official_models.DescribeLiveDomainsRequest()
    req.DomainStatus = 1
    req.DomainType = 1
    req.PageSize = 10
    req.PageNum = 1
    req.IsDelayLive = 0
    return req


def official_online_request() -> Any:
    req = official_models.DescribeLiveStreamOnlineListRequest()
    req.DomainName = "5000.livepush.myqcloud.com"
    req.AppName = "live"
    req.PageNum = 1
    req.PageSize = 100
    return req


@dataclass
class Case:
    size: str
    action: str
    snake: str
    ours: Callable[[Any], Any]
    ours_kwargs: dict[str, Any]
    official_request: Callable[[], Any]
    response: dict[str, Any]
    body: bytes = b""
    samples: dict[str, list[float]] = field(default_factory=dict)
    split: dict[str, dict[str, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.body = json.dumps({"Response": self.response}, ensure_ascii=False).encode("utf-8")


def cases() -> list[Case]:
    return [
        Case(
            "small",
            "DescribeLiveDomainCert",
            "describe_live_domain_cert",
            ours_cert,
            {"domain_name": "5000.liveplay.myqcloud.com"},
            official_cert_request,
            documented_response("describe_live_domain_cert"),
        ),
        Case(
            "medium",
            "DescribeLiveDomains",
            "describe_live_domains",
            ours_domains,
            {"domain_status": 1, "domain_type": 1, "page_size": 10, "page_num": 1, "is_delay_live": 0},
            official_domains_request,
            domains_page(),
        ),
        Case(
            "large",
            "DescribeLiveStreamOnlineList",
            "describe_live_stream_online_list",
            ours_online,
            {"domain_name": "5000.livepush.myqcloud.com", "app_name": "live", "page_num": 1, "page_size": 100},
            official_online_request,
            online_page(),
        ),
    ]


# -- transports that answer at once ---------------------------------------------------------------------------


class Canned:
    """The response body of the current case, and the last request seen (for the checks)."""

    body: bytes = b""
    headers: dict[str, str] = {}
    last_request: Any = None

    @classmethod
    def set(cls, body: bytes) -> None:
        cls.body = body
        cls.headers = {
            "Content-Type": "application/json",
            "Content-Length": str(len(body)),
            "X-TC-RequestId": "3c140219-cfe9-470e-b241-907877d6fb03",
        }


class SyncCanned(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request | None) -> httpx.Response:
        Canned.last_request = request
        return httpx.Response(200, headers=Canned.headers, content=Canned.body)


class AsyncCanned(httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        Canned.last_request = request
        return httpx.Response(200, headers=Canned.headers, content=Canned.body)


class RequestsCanned(BaseAdapter):
    """A requests transport adapter: what HTTPAdapter.send would return, without a socket."""

    def send(
        self,
        request: Any,
        stream: Any = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> Any:
        Canned.last_request = request
        response = requests.Response()
        response.status_code = 200
        response.reason = "OK"
        response.headers = CaseInsensitiveDict(Canned.headers)
        response.raw = io.BytesIO(Canned.body)
        response.url = request.url
        response.request = request
        response.encoding = None
        response.connection = self  # type: ignore[assignment]
        return response

    def close(self) -> None:
        pass


# -- clients ------------------------------------------------------------------------------------------------


def make_clients() -> dict[str, Any]:
    ours = LiveClient(Credential(SECRET_ID, SECRET_KEY), REGION, transport=SyncCanned())
    ours_async = AsyncLiveClient(Credential(SECRET_ID, SECRET_KEY), REGION, transport=AsyncCanned())
    cred = official_credential.Credential(SECRET_ID, SECRET_KEY)
    official = official_live.LiveClient(cred, REGION)
    official.request.conn._session.mount("https://", RequestsCanned())
    official.request.conn._session.mount("http://", RequestsCanned())
    official_async = official_live_async.LiveClient(cred, REGION)
    timeout = official_async.http_client.timeout
    # Same construction as the SDK's (timeout, no keep-alive), plus the canned transport.
    official_async.http_client = httpx.AsyncClient(
        timeout=timeout, limits=httpx.Limits(max_keepalive_connections=0), transport=AsyncCanned()
    )
    return {"ours sync": ours, "ours async": ours_async, "official sync": official, "official async": official_async}


def caller(impl: str, case: Case) -> Callable[[Any], Any]:
    """A function doing one call of `case` with a client of `impl` (a coroutine function for async)."""
    if impl == "ours sync":
        return case.ours
    if impl == "ours async":
        fn = case.ours

        async def ours_async(client: Any) -> Any:
            return await fn(client)

        return ours_async
    make = case.official_request
    action = case.action
    if impl == "official sync":

        def official_sync(client: Any) -> Any:
            return getattr(client, action)(make())

        return official_sync

    async def official_async(client: Any) -> Any:
        return await getattr(client, action)(make())

    return official_async


# -- correctness checks (not timed) ---------------------------------------------------------------------------


def verify_tc3(method: str, query: str, headers: Any, body: bytes) -> None:
    """Recompute the TC3-HMAC-SHA256 signature of a sent request from scratch; raise when it differs."""
    auth = headers["Authorization"]
    algorithm, _, rest = auth.partition(" ")
    assert algorithm == "TC3-HMAC-SHA256", auth
    parts = dict(item.strip().split("=", 1) for item in rest.split(","))
    secret_id, date, service, terminator = parts["Credential"].split("/")
    assert (secret_id, service, terminator) == (SECRET_ID, SERVICE, "tc3_request"), parts["Credential"]
    signed = parts["SignedHeaders"].split(";")
    canonical_headers = "".join(f"{name}:{headers[name].strip().lower()}\n" for name in signed)
    canonical = "\n".join([method, "/", query, canonical_headers, ";".join(signed), hashlib.sha256(body).hexdigest()])
    timestamp = headers["X-TC-Timestamp"]
    assert time.strftime("%Y-%m-%d", time.gmtime(int(timestamp))) == date
    string_to_sign = "\n".join(
        ["TC3-HMAC-SHA256", timestamp, f"{date}/{service}/tc3_request", hashlib.sha256(canonical.encode()).hexdigest()]
    )
    key = ("TC3" + SECRET_KEY).encode()
    for part in (date, service, "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    expected = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    assert expected == parts["Signature"], f"signature mismatch: {expected} != {parts['Signature']}"
    assert headers["X-TC-Action"] and headers["Host"] == HOST


def check(impl: str, case: Case, result: Any) -> None:
    request = Canned.last_request
    if isinstance(request, httpx.Request):
        body, query, headers = request.content, request.url.query.decode(), request.headers
    else:  # requests.PreparedRequest
        body = request.body.encode() if isinstance(request.body, str) else request.body
        query, headers = "", request.headers
    verify_tc3(request.method, query, headers, body)
    assert headers["X-TC-Action"] == case.action
    sent = json.loads(body)
    if impl.startswith("ours"):
        parsed = result.to_dict()
    else:
        parsed = json.loads(result.to_json_string())
    assert sent == case.official_request()._serialize(), (impl, "request body differs", sent)
    assert prune(parsed) == prune(case.response), (impl, "parsed response differs from the canned one")


def prune(value: Any) -> Any:
    """Drop None (the official SDK keeps absent fields as None) to compare parsed responses."""
    if isinstance(value, dict):
        return {k: prune(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [prune(v) for v in value]
    return value


# -- timing -------------------------------------------------------------------------------------------------


def time_sync(fn: Callable[[Any], Any], client: Any, n: int) -> list[float]:
    out = [0.0] * n
    clock = time.perf_counter
    for i in range(n):
        start = clock()
        fn(client)
        out[i] = clock() - start
    return out


async def time_async(fn: Callable[[Any], Any], client: Any, n: int) -> list[float]:
    out = [0.0] * n
    clock = time.perf_counter
    for i in range(n):
        start = clock()
        await fn(client)
        out[i] = clock() - start
    return out


def median_p90(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1e6, ordered[int(0.9 * (len(ordered) - 1))] * 1e6


def measure(
    all_cases: list[Case], clients: dict[str, Any], loop: asyncio.AbstractEventLoop, args: argparse.Namespace
) -> None:
    per_round = max(1, args.iterations // args.rounds)
    for case in all_cases:
        Canned.set(case.body)
        for impl in IMPLS:
            fn = caller(impl, case)
            client = clients[impl]
            result = loop.run_until_complete(fn(client)) if "async" in impl else fn(client)
            check(impl, case, result)
            if "async" in impl:
                loop.run_until_complete(time_async(fn, client, args.warmup))
            else:
                time_sync(fn, client, args.warmup)
            case.samples[impl] = []
        for round_no in range(args.rounds):
            order = IMPLS if round_no % 2 == 0 else tuple(reversed(IMPLS))
            for impl in order:
                fn = caller(impl, case)
                client = clients[impl]
                gc.collect()
                if "async" in impl:
                    got = loop.run_until_complete(time_async(fn, client, per_round))
                else:
                    got = time_sync(fn, client, per_round)
                case.samples[impl].extend(got)


# -- cost split -----------------------------------------------------------------------------------------------


def step_median(fn: Callable[[], Any], n: int) -> float:
    for _ in range(min(n, 200)):
        fn()
    out = [0.0] * n
    clock = time.perf_counter
    for i in range(n):
        start = clock()
        fn()
        out[i] = clock() - start
    return statistics.median(out) * 1e6


def split_ours(case: Case, client: Any, n: int) -> dict[str, float]:
    """Each step of our sync call, alone, through the client's own engine and models."""
    import importlib

    module = importlib.import_module(f"tcapi.live.v20180801.models.{case.snake}")
    request_cls = getattr(module, f"{case.action}Request")
    response_cls = request_cls.response_class()
    engine = client._engine
    kwargs = case.ours_kwargs
    action = case.action
    request = request_cls(**kwargs)
    params = request.to_dict()
    content, query = engine.encode(action, params)
    prepared = engine.prepare(action, content, query, None)
    timeout = engine._cfg.timeout
    http = engine._http
    response = http.request(prepared.method, prepared.url, content=prepared.content, headers=prepared.headers)
    result = engine.finish(action, response, response.content, 0.0, 1)

    def build() -> None:
        request_cls(**kwargs).validate()

    def serialize() -> None:
        engine.encode(action, request.to_dict())

    def sign() -> None:
        engine.prepare(action, content, query, None)

    def transport() -> None:
        http.request(prepared.method, prepared.url, content=prepared.content, headers=prepared.headers, timeout=timeout)

    def parse() -> None:
        response_cls.from_dict(engine.finish(action, response, response.content, 0.0, 1).data)

    out = {
        "build+validate": step_median(build, n),
        "serialize": step_median(serialize, n),
        "sign": step_median(sign, n),
        "transport": step_median(transport, n),
        "parse": step_median(parse, n),
    }
    assert result.data["RequestId"]
    return out


def split_official(case: Case, client: Any, n: int) -> dict[str, float]:
    """The same steps of the official sync call, through its own client methods."""
    action = case.action
    make = case.official_request
    response_cls = getattr(official_models, f"{action}Response")
    params = make()._serialize()
    endpoint = client._get_endpoint()
    method = client.profile.httpProfile.reqMethod

    def new_request() -> Any:
        req = RequestInternal(endpoint, method, client._requestPath, header={"X-TC-TraceId": str(uuid.uuid4())})
        client._build_req_inter(action, params, req, None)
        return req

    prepared = new_request()

    def build() -> None:
        make()

    def serialize() -> None:
        make()._serialize()

    def sign() -> None:
        new_request()

    def transport() -> None:
        client.request.send_request(prepared).content  # noqa: B018 - reading the body is part of the transport

    def parse_only(resp: Any) -> None:
        client._check_status(resp)
        client._check_error(resp)
        model = response_cls()
        model._deserialize(json.loads(resp.content)["Response"])

    received = client.request.send_request(prepared)
    received._content = Canned.body  # the body already read: only parsing is left to time

    def parse() -> None:
        parse_only(received)

    return {
        "build+validate": step_median(build, n),
        "serialize": step_median(serialize, n),
        "sign": step_median(sign, n),
        "transport": step_median(transport, n),
        "parse": step_median(parse, n),
    }


# -- profile --------------------------------------------------------------------------------------------------


def profile_ours(all_cases: list[Case], client: Any, n: int) -> dict[str, dict[str, float]]:
    """cProfile of our sync client: share of self time per module for each action, then the top functions."""
    shares: dict[str, dict[str, float]] = {}
    merged: pstats.Stats | None = None
    for case in all_cases:
        Canned.set(case.body)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(n):
            case.ours(client)
        profiler.disable()
        stats = pstats.Stats(profiler)
        table = stats.stats  # type: ignore[attr-defined]
        total = sum(row[2] for row in table.values())
        by_module: dict[str, float] = {}
        for (filename, _line, _name), (_cc, _calls, tottime, _cum, _callers) in table.items():
            module = module_of(filename)
            by_module[module] = by_module.get(module, 0.0) + tottime / total
        shares[case.action] = by_module
        if merged is None:
            merged = stats
        else:
            merged.add(stats)
    print(f"\nProfile of ours (sync), cProfile over {n} calls of each action: share of self time per module")
    print("(cProfile inflates code with many small calls; the wall-clock figures after it are the reference)")
    modules = sorted(
        {m for d in shares.values() for m in d}, key=lambda m: -sum(d.get(m, 0.0) for d in shares.values())
    )
    print(f"  {'module':44} " + " ".join(f"{c.action[:24]:>25}" for c in all_cases))
    for module in modules[:14]:
        print(
            f"  {module[-44:]:44} " + " ".join(f"{100 * shares[c.action].get(module, 0.0):24.1f}%" for c in all_cases)
        )
    assert merged is not None
    table = merged.stats  # type: ignore[attr-defined]
    total = sum(row[2] for row in table.values())
    rows = sorted(
        (
            (tottime, cum, calls, f"{module_of(filename)}:{name}:{line}")
            for (filename, line, name), (_cc, calls, tottime, cum, _callers) in table.items()
        ),
        reverse=True,
    )
    calls_per = n * len(all_cases)
    print(f"\n  {'top functions, all three actions together':70} {'self %':>7} {'cum %':>7} {'calls/call':>10}")
    for tottime, cum, calls, label in rows[:20]:
        print(f"  {label[-70:]:70} {100 * tottime / total:6.1f}% {100 * cum / total:6.1f}% {calls / calls_per:10.1f}")
    return shares


def diagnose(all_cases: list[Case], clients: dict[str, Any], n: int) -> dict[str, Any]:
    """Wall-clock figures behind the profile: what the HTTP layer and the response models cost, and how much
    cheaper the obvious alternatives are (measured here on the same objects; the runtime is not changed)."""
    import importlib

    out: dict[str, Any] = {"http": {}, "parse": {}}
    engine = clients["ours sync"]._engine
    http = engine._http
    timeout = engine._cfg.timeout
    extensions = {"timeout": timeout.as_dict()}
    canned = SyncCanned()
    case = all_cases[0]
    Canned.set(case.body)
    content, query = engine.encode(case.action, case.official_request()._serialize())
    prepared = engine.prepare(case.action, content, query, None)
    url = httpx.URL(prepared.url)

    def client_request() -> None:
        http.request(prepared.method, prepared.url, content=prepared.content, headers=prepared.headers, timeout=timeout)

    def client_send() -> None:
        request = httpx.Request(
            prepared.method, prepared.url, content=prepared.content, headers=prepared.headers, extensions=extensions
        )
        http.send(request)

    def transport_direct() -> None:
        request = httpx.Request(
            prepared.method, url, content=prepared.content, headers=prepared.headers, extensions=extensions
        )
        canned.handle_request(request).read()

    def canned_only() -> None:
        canned.handle_request(None)

    print("\nWhere our sync call's time goes (wall clock, median µs of each alternative run alone, small action):")
    rows = (
        ("httpx.Client.request(...) as the engine does now", client_request),
        ("httpx.Client.send(httpx.Request(...))", client_send),
        ("transport.handle_request(httpx.Request(...)) + read, URL parsed once", transport_direct),
        ("the canned transport alone (building the httpx.Response)", canned_only),
    )
    for label, fn in rows:
        value = step_median(fn, n)
        out["http"][label] = round(value, 1)
        print(f"  {label:72} {value:7.1f}")
    print("\n  Response parsing, median µs:  json.loads | Response.from_dict (ours) | _deserialize (official)")
    for case in all_cases:
        module = importlib.import_module(f"tcapi.live.v20180801.models.{case.snake}")
        response_cls = getattr(module, f"{case.action}Response")
        official_cls = getattr(official_models, f"{case.action}Response")
        data = json.loads(case.body)["Response"]
        loads = step_median(lambda: json.loads(case.body), n)
        ours = step_median(lambda: response_cls.from_dict(data), n)
        theirs = step_median(lambda: official_cls()._deserialize(data), n)
        objects = count_objects(data)
        out["parse"][case.action] = {
            "json_loads_us": round(loads, 1),
            "ours_from_dict_us": round(ours, 1),
            "official_deserialize_us": round(theirs, 1),
            "objects": objects,
        }
        print(
            f"  {case.action:30} {loads:8.1f} | {ours:8.1f} ({ours / objects:4.2f} per object) "
            f"| {theirs:8.1f} ({theirs / objects:4.2f} per object)   {objects} objects"
        )
    return out


def count_objects(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + sum(count_objects(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_objects(v) for v in value)
    return 0


def module_of(filename: str) -> str:
    if filename.startswith("~") or filename.startswith("<"):
        return "builtins"
    path = Path(filename)
    try:
        return str(path.relative_to(GENERATED))
    except ValueError:
        pass
    parts = path.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1 :])
    if "python3.11" in parts:
        return "stdlib/" + "/".join(parts[parts.index("python3.11") + 1 :])
    return filename


# -- import time ------------------------------------------------------------------------------------------------

IMPORT_SNIPPETS = {
    "ours: import tcapi.live.v20180801": "from tcapi.live.v20180801 import LiveClient",
    "ours: import + LiveClient(...)": (
        "from tcapi.live.v20180801 import LiveClient\n"
        "from tcapi.runtime.credentials import Credential\n"
        f"LiveClient(Credential({SECRET_ID!r}, {SECRET_KEY!r}), {REGION!r})"
    ),
    "ours: same, trio hidden (*)": (
        "import sys\nsys.modules['trio'] = None\n"
        "from tcapi.live.v20180801 import LiveClient\n"
        "from tcapi.runtime.credentials import Credential\n"
        f"LiveClient(Credential({SECRET_ID!r}, {SECRET_KEY!r}), {REGION!r})"
    ),
    "official: import live_client": "from tencentcloud.live.v20180801 import live_client",
    "official: import + LiveClient(...)": (
        "from tencentcloud.common import credential\n"
        "from tencentcloud.live.v20180801 import live_client\n"
        f"live_client.LiveClient(credential.Credential({SECRET_ID!r}, {SECRET_KEY!r}), {REGION!r})"
    ),
    "official async: import + LiveClient(...)": (
        "from tencentcloud.common import credential\n"
        "from tencentcloud.live.v20180801 import live_client_async\n"
        f"live_client_async.LiveClient(credential.Credential({SECRET_ID!r}, {SECRET_KEY!r}), {REGION!r})"
    ),
}


def import_times(rounds: int) -> dict[str, tuple[float, float]]:
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out: dict[str, tuple[float, float]] = {}
    for label, snippet in IMPORT_SNIPPETS.items():
        code = "import time\nstart = time.perf_counter()\n" + snippet + "\nprint(time.perf_counter() - start)\n"
        samples = []
        for i in range(rounds + 1):
            done = subprocess.run(
                [sys.executable, "-c", code], cwd=str(ROOT), env=env, capture_output=True, text=True, check=True
            )
            if i:  # the first run may write bytecode caches
                samples.append(float(done.stdout.strip()) * 1e3)
        out[label] = (statistics.median(samples), min(samples))
    return out


# -- report -------------------------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=3000, help="timed calls per implementation and action")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved blocks the iterations are split into")
    parser.add_argument("--warmup", type=int, default=300, help="untimed calls first")
    parser.add_argument("--split-iterations", type=int, default=2000, help="timed runs of each step of the split")
    parser.add_argument("--import-rounds", type=int, default=9, help="fresh processes per import measurement")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of ours even when it is faster")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--require-faster", action="store_true", help="exit with status 1 unless ours is faster everywhere"
    )
    args = parser.parse_args()

    all_cases = cases()
    clients = make_clients()
    loop = asyncio.new_event_loop()
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; "
        f"httpx {httpx.__version__}, requests {REQUESTS_VERSION}, tencentcloud-sdk-python {OFFICIAL_VERSION}"
    )
    print(
        f"{args.iterations} timed calls per implementation and action ({args.rounds} interleaved rounds), "
        f"{args.warmup} warm-up calls\n"
    )
    measure(all_cases, clients, loop, args)

    header = f"{'action':30} {'response':>9} " + " ".join(f"{impl:>22}" for impl in IMPLS) + f" {'official/ours':>14}"
    print("Per-call client-side overhead, median µs (p90 µs)")
    print(header)
    print("-" * len(header))
    slower: list[str] = []
    report: dict[str, Any] = {"machine": machine(), "calls": {}, "split": {}, "imports": {}}
    for case in all_cases:
        cells = []
        figures = {}
        for impl in IMPLS:
            med, p90 = median_p90(case.samples[impl])
            figures[impl] = {"median_us": round(med, 1), "p90_us": round(p90, 1)}
            cells.append(f"{med:9.1f} ({p90:8.1f})")
        ratio_sync = figures["official sync"]["median_us"] / figures["ours sync"]["median_us"]
        ratio_async = figures["official async"]["median_us"] / figures["ours async"]["median_us"]
        report["calls"][case.action] = {**figures, "response_bytes": len(case.body)}
        print(
            f"{case.action:30} {len(case.body):>7} B "
            + " ".join(f"{c:>22}" for c in cells)
            + f" {ratio_sync:5.2f}x/{ratio_async:4.2f}x"
        )
        if ratio_sync <= 1.0:
            slower.append(f"{case.action} (sync)")
        if ratio_async <= 1.0:
            slower.append(f"{case.action} (async)")
    print("official/ours: sync ratio / async ratio of the medians (>1: ours is faster)")

    print("\nCost split of one sync call, median µs of each step run alone")
    steps = ("build+validate", "serialize", "sign", "transport", "parse")
    header = f"{'action':30} {'client':9} " + " ".join(f"{s:>15}" for s in steps) + f" {'sum':>8} {'whole call':>11}"
    print(header)
    print("-" * len(header))
    for case in all_cases:
        Canned.set(case.body)
        case.split["ours"] = split_ours(case, clients["ours sync"], args.split_iterations)
        case.split["official"] = split_official(case, clients["official sync"], args.split_iterations)
        report["split"][case.action] = {k: {s: round(v, 1) for s, v in d.items()} for k, d in case.split.items()}
        for side, impl in (("ours", "ours sync"), ("official", "official sync")):
            row = case.split[side]
            whole = median_p90(case.samples[impl])[0]
            print(
                f"{case.action:30} {side:9} "
                + " ".join(f"{row[s]:15.1f}" for s in steps)
                + f" {sum(row.values()):8.1f} {whole:11.1f}"
            )
    print(
        "ours: build+validate = Request(**kwargs).validate(); serialize = to_dict() + JSON body; sign = headers +\n"
        "TC3 signature; transport = httpx.Client.request through the canned transport; parse = status/error\n"
        "checks + json.loads + Response.from_dict.  official: build = request model attribute assignment (no\n"
        "validation); serialize = _serialize(); sign = _build_req_inter (includes its json.dumps of the body);\n"
        "transport = requests.Session through the canned adapter, body read; parse = _check_status +\n"
        "_check_error (json.loads) + json.loads + _deserialize.  The rest of a whole call (options, retry loop,\n"
        "logging checks, per-call uuid4 trace id for the official SDK) is the difference to 'whole call'."
    )

    print(f"\nImport time in a fresh process, median (min) of {args.import_rounds} runs, ms")
    report["imports"] = {}
    for label, (med, best) in import_times(args.import_rounds).items():
        report["imports"][label] = {"median_ms": round(med, 1), "min_ms": round(best, 1)}
        print(f"  {label:42} {med:7.1f} ({best:6.1f})")
    print(
        "  (*) httpcore imports trio when it is installed (it is here, required by nothing); hiding it shows the\n"
        "      figure of an environment without trio.  Ours also builds its shared SSL context (CA bundle) when\n"
        "      the first client is constructed; the official sync client loads its CA bundle on the first request."
    )

    if slower or args.profile:
        if slower:
            print(f"\nOurs is not faster for: {', '.join(slower)}")
        shares = profile_ours(all_cases, clients["ours sync"], max(200, args.iterations // 5))
        report["profile_module_shares"] = {
            action: {m: round(v, 4) for m, v in sorted(d.items(), key=lambda kv: -kv[1])[:12]}
            for action, d in shares.items()
        }
        report["diagnosis"] = diagnose(all_cases, clients, args.split_iterations)
    else:
        print("\nOurs is faster than the official SDK for every action, sync and async.")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    loop.run_until_complete(clients["ours async"].aclose())
    loop.run_until_complete(clients["official async"].close())
    loop.close()
    clients["ours sync"].close()
    if slower and args.require_faster:
        raise SystemExit(1)


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "httpx": httpx.__version__,
        "requests": REQUESTS_VERSION,
        "tencentcloud-sdk-python": OFFICIAL_VERSION,
    }


if __name__ == "__main__":
    main()
