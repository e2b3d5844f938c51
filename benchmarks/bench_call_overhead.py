"""Per-call cost of the generated live client against a hand-signed bare httpx call and the official SDK.

    python benchmarks/bench_call_overhead.py [--processes 5] [--calls 1000] [--rounds 5] [--warmup 200]
                                             [--import-rounds 9] [--venvs DIR] [--no-imports] [--profile]
                                             [--json FILE]

Run it with a Python that has httpx and the official SDK (tencentcloud-sdk-python-live; never the system
Python), e.g. a venv made for the benchmark:

    python3 -m venv /tmp/bench && /tmp/bench/bin/pip install httpx tencentcloud-sdk-python-live
    /tmp/bench/bin/python benchmarks/bench_call_overhead.py

Every contender talks to the same loopback HTTP/1.1 server (a separate process started here, keep-alive,
answering each action with the same canned body), so each does the whole job of one call with a real socket:

  ours              LiveClient(endpoint="http://127.0.0.1:PORT").describe_...(**kwargs): build and validate
                    the request model, serialise, sign (TC3-HMAC-SHA256), send, check, parse into models
  bare httpx        the floor: json.dumps of the same parameters, a TC3 signature computed inline, one
                    httpx.Client.post with the same headers, json.loads of the body, RequestId checked
  official          tencentcloud-sdk-python's live_client.LiveClient (requests; keepAlive on) with its request
                    model, parsed into its response model
  (async)           AsyncLiveClient against a bare httpx.AsyncClient doing the same; the official async client
                    opens a connection per call (its AsyncClient keeps none alive), so it is left out

Before timing, one call of each contender is checked on the server side: its Authorization header is
recomputed with an independent TC3 implementation, its body must be the JSON of the request, and (for the
client side) the parsed response must equal the canned one.

Each worker is a fresh process: it builds the clients, warms them up, and times --calls calls of each
contender and action, interleaved in --rounds blocks.  A worker reports the median per call of each contender;
the report gives the median and range (min-max) of those medians over --processes workers, and the ratios
ours/bare and ours/official computed inside each worker (same rounds), as median and range.

Import time is measured in fresh processes of two fresh venvs made under --venvs: one holding only httpx (for
`from tcapi.live.v20180801 import LiveClient`, the generated tree on PYTHONPATH), one holding httpx and the SDK
(for `from tencentcloud.live.v20180801 import live_client`).  "first" runs import from a fresh copy of the
package with no bytecode (Python compiles it); "later" runs reuse the bytecode the first run wrote.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import gc
import hashlib
import hmac
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
EXAMPLES = GENERATED / "tcapi" / "live" / "v20180801" / "tests"

# The signature v3 document's example key pair: never a real secret.
SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
REGION = "ap-guangzhou"
SERVICE = "live"
VERSION = "2018-08-01"
SYNC = ("ours", "bare httpx", "official")
ASYNC = ("ours async", "bare httpx async")


# -- the canned responses -----------------------------------------------------------------------------------


def documented_response(snake: str) -> dict[str, Any]:
    data = json.loads((EXAMPLES / f"{snake}.json").read_text(encoding="utf-8"))
    return copy.deepcopy(data["examples"][0]["response"])


def domains_page(size: int) -> dict[str, Any]:
    response = documented_response("describe_live_domains")
    entry = response["DomainList"][0]
    response["DomainList"] = [
        {**entry, "Name": f"d{i}.abc.com", "TargetDomain": f"d{i}.abc.com.liveplay.myqcloud.com"} for i in range(size)
    ]
    response["AllCount"] = size
    return response


def online_page(size: int) -> dict[str, Any]:
    response = documented_response("describe_live_stream_online_list")
    entry = response["OnlineInfo"][0]
    response["OnlineInfo"] = [
        {**copy.deepcopy(entry), "StreamName": f"5000_stream{i:03d}", "PushToDelay": i % 2} for i in range(size)
    ]
    response["TotalNum"] = size
    response["PageSize"] = size
    return response


@dataclass
class Case:
    label: str
    action: str
    method: str
    params: dict[str, Any]  # wire parameters
    kwargs: dict[str, Any]  # the generated method's keyword arguments
    response: dict[str, Any]

    @property
    def body(self) -> bytes:
        return json.dumps({"Response": self.response}, ensure_ascii=False).encode("utf-8")


def cases() -> list[Case]:
    return [
        Case(
            "1 object",
            "DescribeLiveDomainCert",
            "describe_live_domain_cert",
            {"DomainName": "5000.liveplay.myqcloud.com"},
            {"domain_name": "5000.liveplay.myqcloud.com"},
            documented_response("describe_live_domain_cert"),
        ),
        Case(
            "50 items",
            "DescribeLiveDomains",
            "describe_live_domains",
            {"DomainStatus": 1, "DomainType": 1, "PageSize": 50, "PageNum": 1, "IsDelayLive": 0},
            {"domain_status": 1, "domain_type": 1, "page_size": 50, "page_num": 1, "is_delay_live": 0},
            domains_page(50),
        ),
        Case(
            "50 nested items",
            "DescribeLiveStreamOnlineList",
            "describe_live_stream_online_list",
            {"DomainName": "5000.livepush.myqcloud.com", "AppName": "live", "PageNum": 1, "PageSize": 50},
            {"domain_name": "5000.livepush.myqcloud.com", "app_name": "live", "page_num": 1, "page_size": 50},
            online_page(50),
        ),
    ]


# -- the loopback server ------------------------------------------------------------------------------------


def serve(port_file: Path) -> None:
    """Answer every POST with the canned body of its X-TC-Action; GET /last returns the last request seen."""
    bodies = {c.action.encode(): c.body for c in cases()}
    last: dict[str, Any] = {}

    def reply(body: bytes) -> bytes:
        head = (
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nX-TC-RequestId: 3c140219-cfe9-470e-b241-907877d6fb03\r\n\r\n"
        )
        return head.encode("ascii") + body

    class Protocol(asyncio.Protocol):
        def connection_made(self, transport: Any) -> None:
            self.transport = transport
            self.buffer = b""

        def data_received(self, data: bytes) -> None:
            self.buffer += data
            while True:
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                head = self.buffer[:end].split(b"\r\n")
                headers = {}
                for line in head[1:]:
                    name, _, value = line.partition(b":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get(b"content-length", b"0"))
                if len(self.buffer) < end + 4 + length:
                    return
                body = self.buffer[end + 4 : end + 4 + length]
                self.buffer = self.buffer[end + 4 + length :]
                method, target, _ = head[0].split(b" ", 2)
                if method == b"GET" and target == b"/last":
                    self.transport.write(reply(json.dumps(last).encode()))
                    continue
                last.clear()
                last.update(
                    method=method.decode(),
                    query=target.partition(b"?")[2].decode(),
                    headers={k.decode(): v.decode() for k, v in headers.items()},
                    body=body.decode("utf-8"),
                )
                self.transport.write(reply(bodies.get(headers.get(b"x-tc-action", b""), b"{}")))

    async def main() -> None:
        server = await asyncio.get_running_loop().create_server(Protocol, "127.0.0.1", 0)
        port_file.write_text(str(server.sockets[0].getsockname()[1]))
        async with server:
            await server.serve_forever()

    asyncio.run(main())


# -- the contenders -----------------------------------------------------------------------------------------


def tc3_headers(host: str, action: str, body: bytes) -> dict[str, str]:
    """The headers of a hand-signed TC3-HMAC-SHA256 POST, computed the way the signature document shows."""
    timestamp = int(time.time())
    date = time.strftime("%Y-%m-%d", time.gmtime(timestamp))
    canonical = (
        f"POST\n/\n\ncontent-type:application/json\nhost:{host}\n\ncontent-type;host\n"
        f"{hashlib.sha256(body).hexdigest()}"
    )
    scope = f"{date}/{SERVICE}/tc3_request"
    string_to_sign = f"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    key = ("TC3" + SECRET_KEY).encode()
    for part in (date, SERVICE, "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    return {
        "Content-Type": "application/json",
        "Host": host,
        "X-TC-Action": action,
        "X-TC-Timestamp": str(timestamp),
        "X-TC-Version": VERSION,
        "X-TC-Region": REGION,
        "Authorization": f"TC3-HMAC-SHA256 Credential={SECRET_ID}/{scope}, SignedHeaders=content-type;host, "
        f"Signature={signature}",
    }


def checked_body(content: bytes) -> dict[str, Any]:
    response = json.loads(content)["Response"]
    if "Error" in response or not response.get("RequestId"):
        raise RuntimeError(f"unexpected answer: {content[:200]!r}")
    return response


def official_call(module: Any, client: Any, case: Case) -> Any:
    request = getattr(module, f"{case.action}Request")()
    for name, value in case.params.items():
        setattr(request, name, value)
    return getattr(client, case.action)(request)


def contenders(port: int) -> tuple[dict[str, Callable[[Case], Any]], dict[str, Callable[[Case], Any]], list[Any]]:
    """One call function per contender (sync, then async), and what to close afterwards."""
    import httpx
    from tencentcloud.common import credential
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile
    from tencentcloud.live.v20180801 import live_client, models

    from tcapi.live.v20180801 import AsyncLiveClient, LiveClient
    from tcapi.runtime.credentials import Credential

    host = f"127.0.0.1:{port}"
    base = f"http://{host}/"
    ours = LiveClient(Credential(SECRET_ID, SECRET_KEY), REGION, endpoint=f"http://{host}")
    ours_async = AsyncLiveClient(Credential(SECRET_ID, SECRET_KEY), REGION, endpoint=f"http://{host}")
    bare = httpx.Client()
    bare_async = httpx.AsyncClient()
    profile = ClientProfile(httpProfile=HttpProfile(protocol="http", endpoint=host, keepAlive=True))
    official = live_client.LiveClient(credential.Credential(SECRET_ID, SECRET_KEY), REGION, profile)

    def bare_call(case: Case) -> Any:
        body = json.dumps(case.params).encode("utf-8")
        return checked_body(bare.post(base, content=body, headers=tc3_headers(host, case.action, body)).content)

    async def bare_async_call(case: Case) -> Any:
        body = json.dumps(case.params).encode("utf-8")
        response = await bare_async.post(base, content=body, headers=tc3_headers(host, case.action, body))
        return checked_body(response.content)

    sync = {
        "ours": lambda case: getattr(ours, case.method)(**case.kwargs),
        "bare httpx": bare_call,
        "official": lambda case: official_call(models, official, case),
    }
    asynchronous = {
        "ours async": lambda case: getattr(ours_async, case.method)(**case.kwargs),
        "bare httpx async": bare_async_call,
    }
    return sync, asynchronous, [ours, bare, ours_async, bare_async]


# -- checks (not timed) -------------------------------------------------------------------------------------


def verify_last_request(port: int, case: Case, who: str) -> None:
    """Recompute the TC3 signature of the request the server saw last; raise when anything differs."""
    import httpx

    seen = httpx.get(f"http://127.0.0.1:{port}/last").json()
    headers = seen["headers"]
    algorithm, _, rest = headers["authorization"].partition(" ")
    parts = dict(item.strip().split("=", 1) for item in rest.split(","))
    secret_id, date, service, terminator = parts["Credential"].split("/")
    assert algorithm == "TC3-HMAC-SHA256" and (secret_id, service, terminator) == (SECRET_ID, SERVICE, "tc3_request")
    signed = parts["SignedHeaders"].split(";")
    body = seen["body"].encode("utf-8")
    canonical_headers = "".join(f"{name}:{headers[name].strip().lower()}\n" for name in signed)
    canonical = "\n".join(
        [seen["method"], "/", seen["query"], canonical_headers, ";".join(signed), hashlib.sha256(body).hexdigest()]
    )
    string_to_sign = "\n".join(
        [
            "TC3-HMAC-SHA256",
            headers["x-tc-timestamp"],
            f"{date}/{service}/tc3_request",
            hashlib.sha256(canonical.encode()).hexdigest(),
        ]
    )
    key = ("TC3" + SECRET_KEY).encode()
    for part in (date, service, "tc3_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    assert hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest() == parts["Signature"], who
    assert headers["x-tc-action"] == case.action, who
    assert json.loads(body) == case.params, (who, "request body differs")


def parsed(result: Any) -> Any:
    if isinstance(result, dict):
        return result
    if hasattr(result, "to_json_string"):
        return json.loads(result.to_json_string())
    return result.to_dict()


def prune(value: Any) -> Any:
    """Drop None (the official SDK keeps absent fields as None) to compare parsed responses."""
    if isinstance(value, dict):
        return {k: prune(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [prune(v) for v in value]
    return value


# -- one worker process -------------------------------------------------------------------------------------


def time_sync(fn: Callable[[Case], Any], case: Case, n: int) -> list[tuple[float, float]]:
    """(wall-clock, CPU) seconds of each of n calls; CPU time is this thread's alone (not the server's)."""
    out = [(0.0, 0.0)] * n
    clock, cpu = time.perf_counter, time.thread_time
    for i in range(n):
        start, start_cpu = clock(), cpu()
        fn(case)
        out[i] = (clock() - start, cpu() - start_cpu)
    return out


async def time_async(fn: Callable[[Case], Any], case: Case, n: int) -> list[tuple[float, float]]:
    out = [(0.0, 0.0)] * n
    clock, cpu = time.perf_counter, time.thread_time
    for i in range(n):
        start, start_cpu = clock(), cpu()
        await fn(case)
        out[i] = (clock() - start, cpu() - start_cpu)
    return out


def worker(port: int, calls: int, rounds: int, warmup: int, profile: bool) -> dict[str, dict[str, list[float]]]:
    """[wall-clock, CPU] median µs per call of each contender and action, measured in this process."""
    sync, asynchronous, to_close = contenders(port)
    loop = asyncio.new_event_loop()
    run: dict[str, Callable[[Case, int], list[tuple[float, float]]]] = {
        name: (lambda c, n, f=fn: time_sync(f, c, n)) for name, fn in sync.items()
    }
    for name, fn in asynchronous.items():
        run[name] = lambda c, n, f=fn: loop.run_until_complete(time_async(f, c, n))
    out: dict[str, dict[str, list[float]]] = {}
    for case in cases():
        for name, fn in sync.items():
            result = fn(case)
            verify_last_request(port, case, name)
            assert prune(parsed(result)) == prune(case.response), (name, "parsed response differs")
        for name, fn in asynchronous.items():
            result = loop.run_until_complete(fn(case))
            verify_last_request(port, case, name)
            assert prune(parsed(result)) == prune(case.response), (name, "parsed response differs")
        for name in run:
            run[name](case, warmup)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in run}
        names = list(run)
        for round_no in range(rounds):
            for name in names if round_no % 2 == 0 else reversed(names):
                gc.collect()
                samples[name].extend(run[name](case, max(1, calls // rounds)))
        out[case.action] = {
            name: [statistics.median(w for w, _ in s) * 1e6, statistics.median(c for _, c in s) * 1e6]
            for name, s in samples.items()
        }
        if profile:
            profile_ours(sync["ours"], case, calls)
    ours, bare, ours_async, bare_async = to_close
    ours.close()
    bare.close()
    loop.run_until_complete(ours_async.aclose())
    loop.run_until_complete(bare_async.aclose())
    loop.close()
    return out


def profile_ours(fn: Callable[[Case], Any], case: Case, n: int) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(n):
        fn(case)
    profiler.disable()
    print(f"\n== cProfile of ours, {n} calls of {case.action}", file=sys.stderr)
    pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)


# -- import time ----------------------------------------------------------------------------------------------

OURS_IMPORT = "from tcapi.live.v20180801 import LiveClient"
OFFICIAL_IMPORT = "from tencentcloud.live.v20180801 import live_client"


def make_venv(path: Path, packages: list[str]) -> Path:
    python = path / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *packages], check=True)
    return python


def timed_import(python: Path, statement: str, path: Path) -> float:
    code = f"import time\nstart = time.perf_counter()\n{statement}\nprint(time.perf_counter() - start)\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(path)
    done = subprocess.run([str(python), "-c", code], env=env, capture_output=True, text=True, check=True)
    return float(done.stdout) * 1e3


def import_times(venvs: Path, rounds: int) -> dict[str, dict[str, list[float]]]:
    """First (no bytecode) and later imports of ours and of the SDK's client, each in its own venv."""
    httpx_only = make_venv(venvs / "httpx-only", ["httpx"])
    with_sdk = make_venv(venvs / "httpx-and-sdk", ["httpx", "tencentcloud-sdk-python-live"])
    sdk_site = Path(
        subprocess.run(
            [str(with_sdk), "-c", "import tencentcloud, os; print(os.path.dirname(tencentcloud.__path__[0]))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    subjects = {
        "ours": (httpx_only, OURS_IMPORT, GENERATED / "tcapi", "tcapi"),
        "official": (with_sdk, OFFICIAL_IMPORT, sdk_site / "tencentcloud", "tencentcloud"),
    }
    out: dict[str, dict[str, list[float]]] = {name: {"first": [], "later": []} for name in subjects}
    for _ in range(rounds):
        for name, (python, statement, package, top) in subjects.items():
            with tempfile.TemporaryDirectory() as tmp:
                shutil.copytree(package, Path(tmp) / top, ignore=shutil.ignore_patterns("__pycache__", "tests"))
                out[name]["first"].append(timed_import(python, statement, Path(tmp)))
                out[name]["later"].append(timed_import(python, statement, Path(tmp)))
    return out


# -- the report ---------------------------------------------------------------------------------------------


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} ({min(values):.1f}-{max(values):.1f})"


def ratio_spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"


def orchestrate(args: argparse.Namespace) -> None:
    import httpx
    import tencentcloud

    env = {**os.environ, "PYTHONPATH": str(args.generated)}
    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        server = subprocess.Popen([sys.executable, __file__, "--serve", str(port_file)], env=env)
        try:
            for _ in range(100):
                if port_file.exists() and port_file.read_text():
                    break
                time.sleep(0.05)
            port = int(port_file.read_text())
            runs = []
            for i in range(args.processes):
                command = [sys.executable, __file__, "--worker", str(port)]
                command += ["--calls", str(args.calls), "--rounds", str(args.rounds), "--warmup", str(args.warmup)]
                if args.profile and i == 0:
                    command.append("--profile")
                done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
                if done.returncode:
                    raise SystemExit(f"worker failed:\n{done.stderr}")
                if done.stderr:
                    print(done.stderr, file=sys.stderr)
                runs.append(json.loads(done.stdout))
        finally:
            server.terminate()
            server.wait()

    print(
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; "
        f"httpx {httpx.__version__}, tencentcloud-sdk-python {tencentcloud.__version__}"
    )
    print(
        f"{args.processes} fresh processes x {args.calls} calls per contender and action ({args.rounds} interleaved "
        f"rounds, {args.warmup} warm-up calls); loopback HTTP/1.1 server, keep-alive\n"
    )
    report: dict[str, Any] = {"generated": str(args.generated), "calls": {}, "imports": {}}
    pairs = (("ours", "bare httpx"), ("ours", "official"), ("ours async", "bare httpx async"))
    print(
        "Per call, µs: median over processes of each process's median (range over processes); wall clock, then\n"
        "the client process's CPU time (the server's work and waiting for it excluded).  Ratios are taken inside\n"
        "each process (same rounds) and summarised the same way."
    )
    for case in cases():
        print(f"\n{case.action} ({case.label}, {len(case.body):,} B response)")
        entry: dict[str, Any] = {"response_bytes": len(case.body)}
        for index, clock in enumerate(("wall", "cpu")):
            figures = {name: [run[case.action][name][index] for run in runs] for name in SYNC + ASYNC}
            ratios = {
                f"{a} / {b}": [run[case.action][a][index] / run[case.action][b][index] for run in runs]
                for a, b in pairs
            }
            entry[clock] = {"us": figures, "ratios": ratios}
        print(f"  {'':32} {'wall clock':>26} {'CPU time':>26}")
        for name in SYNC + ASYNC:
            print(f"  {name:32} " + " ".join(f"{spread(entry[c]['us'][name]) + ' µs':>26}" for c in ("wall", "cpu")))
        for a, b in pairs:
            label = f"{a} / {b}"
            print(
                f"  {label:32} " + " ".join(f"{ratio_spread(entry[c]['ratios'][label]):>26}" for c in ("wall", "cpu"))
            )
        report["calls"][case.action] = entry

    if not args.no_imports:
        print(f"\nImport time, ms: median (range) of {args.import_rounds} fresh processes in fresh venvs")
        times = import_times(args.venvs, args.import_rounds)
        for name, statement in (("ours", OURS_IMPORT), ("official", OFFICIAL_IMPORT)):
            for kind in ("first", "later"):
                print(f"  {statement:55} {kind:6} {spread(times[name][kind])}")
        report["imports"] = times
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--processes", type=int, default=5, help="fresh worker processes")
    parser.add_argument("--calls", type=int, default=1000, help="timed calls per contender and action, per process")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved blocks the calls are split into")
    parser.add_argument("--warmup", type=int, default=200, help="untimed calls per contender and action first")
    parser.add_argument("--import-rounds", type=int, default=9, help="fresh processes per import figure")
    parser.add_argument("--venvs", type=Path, default=ROOT / ".cache" / "bench-venvs", help="where the import venvs go")
    parser.add_argument("--no-imports", action="store_true", help="skip the import-time measurement")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of ours (first worker)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--generated", type=Path, default=GENERATED, help="the generated tree whose tcapi is measured (e.g. of main)"
    )
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
    elif args.worker:
        print(json.dumps(worker(args.worker, args.calls, args.rounds, args.warmup, args.profile)))
    else:
        orchestrate(args)


if __name__ == "__main__":
    main()
