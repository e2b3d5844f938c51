"""A fake Tencent Cloud API 3.0 server on 127.0.0.1 for the end-to-end tests.

It speaks the API's envelope (HTTP 200, ``{"Response": {..., "RequestId"}}``), checks every request's
TC3-HMAC-SHA256 signature with its own verification code (written from the document, sharing nothing with
the runtime), answers a bad signature the way the API does (``AuthFailure.SignatureFailure``), and plays a
per-action script of faults: error codes, throttling, HTTP 5xx, slow answers, dropped connections and
invalid JSON.

The server runs in a daemon thread, stops when the fixture ends, and a watchdog stops it after
``max_lifetime`` seconds whatever happens.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

_AUTHORIZATION = re.compile(
    r"TC3-HMAC-SHA256 Credential=(?P<id>[^/\s]+)/(?P<date>\d{4}-\d{2}-\d{2})/(?P<service>[a-z0-9-]+)/tc3_request, "
    r"SignedHeaders=(?P<signed>[a-z0-9;-]+), Signature=(?P<signature>[0-9a-f]{64})"
)


@dataclass
class Seen:
    """One request as the server received it."""

    action: str
    method: str
    verified: bool
    problem: str
    headers: dict[str, str]
    query: str
    body: bytes
    params: dict[str, Any]
    arrived: float


@dataclass
class Step:
    """What to do with one request: ``kind`` is ok, error, status, slow, drop, invalid_json or truncated_json."""

    kind: str
    data: dict[str, Any] | None = None
    code: str = ""
    message: str = ""
    status: int = 200
    body: str = ""
    seconds: float = 0.0


def ok(data: dict[str, Any] | None = None) -> Step:
    return Step("ok", data=data)


def error(code: str, message: str = "injected") -> Step:
    return Step("error", code=code, message=message)


def throttle() -> Step:
    return error("RequestLimitExceeded", "Your current request times equals to `21` in a second")


def status(code: int, body: str = "<html>gateway error</html>") -> Step:
    return Step("status", status=code, body=body)


def slow(seconds: float, data: dict[str, Any] | None = None) -> Step:
    return Step("slow", seconds=seconds, data=data)


def drop() -> Step:
    return Step("drop")


def invalid_json() -> Step:
    return Step("invalid_json")


def truncated_json() -> Step:
    return Step("truncated_json")


@dataclass
class FakeTencentCloud:
    """State shared with the handler threads.  ``keys``: SecretId → (SecretKey, required token or None)."""

    service: str
    version: str
    keys: dict[str, tuple[str, str | None]]
    max_skew: int = 300
    plans: dict[str, list[Step]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def plan(self, action: str, *steps: Step) -> None:
        with self.lock:
            self.plans[action] = list(steps)

    def reset(self) -> None:
        with self.lock:
            self.plans.clear()
            self.seen.clear()

    def requests(self, action: str | None = None) -> list[Seen]:
        with self.lock:
            return [s for s in self.seen if action is None or s.action == action]

    def next_step(self, action: str) -> Step:
        with self.lock:
            steps = self.plans.get(action)
            return steps.pop(0) if steps else ok()

    # -- independent TC3 verification, straight from the "签名方法 v3" steps --------------------------------

    def verify(self, method: str, raw_query: str, headers: dict[str, str], body: bytes) -> tuple[str, str]:
        """("", "") when the signature is right, else (error code, reason)."""
        auth = headers.get("authorization", "")
        match = _AUTHORIZATION.fullmatch(auth)
        if not match:
            return "AuthFailure.InvalidAuthorization", f"malformed Authorization {auth[:60]!r}"
        secret_id = match["id"]
        if secret_id not in self.keys:
            return "AuthFailure.SecretIdNotFound", "unknown SecretId"
        secret_key, token = self.keys[secret_id]
        try:
            timestamp = int(headers["x-tc-timestamp"])
        except (KeyError, ValueError):
            return "MissingParameter", "X-TC-Timestamp"
        if abs(time.time() - timestamp) > self.max_skew:
            return "AuthFailure.SignatureExpire", "timestamp too far from server time"
        if match["date"] != datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%Y-%m-%d"):
            return "AuthFailure.SignatureFailure", "credential date is not the UTC date of the timestamp"
        if match["service"] != self.service:
            return "AuthFailure.SignatureFailure", f"service {match['service']!r} in the credential scope"
        names = match["signed"].split(";")
        if names != sorted(names) or "content-type" not in names or "host" not in names:
            return "AuthFailure.SignatureFailure", "SignedHeaders must be sorted and include content-type and host"
        if any(name not in headers for name in names):
            return "AuthFailure.SignatureFailure", "a signed header was not sent"
        if token is not None and headers.get("x-tc-token") != token:
            return "AuthFailure.TokenFailure", "missing or wrong X-TC-Token"
        if method == "GET" and body:
            return "InvalidRequest", "GET with a body"
        canonical = "\n".join(
            [
                method,
                "/",
                raw_query if method == "GET" else "",
                "".join(f"{name}:{headers[name].strip().lower()}\n" for name in names),
                match["signed"],
                hashlib.sha256(body).hexdigest(),
            ]
        )
        scope = f"{match['date']}/{match['service']}/tc3_request"
        to_sign = f"TC3-HMAC-SHA256\n{timestamp}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
        key = ("TC3" + secret_key).encode()
        for part in (match["date"], match["service"], "tc3_request"):
            key = hmac.new(key, part.encode(), hashlib.sha256).digest()
        expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, match["signature"]):
            return "AuthFailure.SignatureFailure", "signature mismatch"
        return "", ""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_POST(self) -> None:
        self._serve()

    def do_GET(self) -> None:
        self._serve()

    def _serve(self) -> None:
        api = self.server.api
        arrived = time.monotonic()
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        path, _, raw_query = self.path.partition("?")
        action = headers.get("x-tc-action", "")
        code, reason = api.verify(self.command, raw_query, headers, body)
        if not code and (path != "/" or headers.get("x-tc-version") != api.version or not action):
            code, reason = "InvalidParameter", "wrong path, version or action"
        params: dict[str, Any] = {}
        if not code:
            try:
                params = json.loads(body) if self.command == "POST" else dict(parse_qsl(raw_query, True))
            except ValueError:
                code, reason = "InvalidParameter", "body is not JSON"
        with api.lock:
            api.seen.append(Seen(action, self.command, not code, reason, headers, raw_query, body, params, arrived))
        request_id = str(uuid.uuid4())
        if code:
            self._json({"Response": {"Error": {"Code": code, "Message": reason}, "RequestId": request_id}})
            return
        step = api.next_step(action)
        if step.kind == "drop":
            self.close_connection = True
            return
        if step.kind == "slow":
            if api.stopping.wait(step.seconds):
                self.close_connection = True
                return
        if step.kind in ("ok", "slow"):
            data = step.data if step.data is not None else {"Echo": params}
            self._json({"Response": {**data, "RequestId": request_id}})
        elif step.kind == "error":
            self._json({"Response": {"Error": {"Code": step.code, "Message": step.message}, "RequestId": request_id}})
        elif step.kind == "status":
            self._send(step.status, "text/html", step.body.encode())
        elif step.kind == "invalid_json":
            self._send(200, "application/json", b"<html><body>502 Bad Gateway</body></html>")
        elif step.kind == "truncated_json":
            self._send(200, "application/json", b'{"Response": {"TaskId": 1, "Req')
        else:  # pragma: no cover - a typo in a test plan
            raise AssertionError(step.kind)

    def _json(self, document: dict[str, Any]) -> None:
        self._send(200, "application/json", json.dumps(document).encode())

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 128  # concurrent clients: the default backlog of 5 drops SYNs (1 s retransmits)

    def __init__(self, api: FakeTencentCloud) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.api = api

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # dropped and timed-out connections are the point of several tests


class RunningServer:
    """Context manager: start the fake API in a thread; ``url`` is its base URL."""

    def __init__(self, api: FakeTencentCloud, max_lifetime: float = 120.0) -> None:
        self.api = api
        self.max_lifetime = max_lifetime
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._watchdog: threading.Timer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> RunningServer:
        self._server = _Server(self.api)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        self._watchdog = threading.Timer(self.max_lifetime, self.stop)
        self._watchdog.daemon = True
        self._watchdog.start()
        return self

    def stop(self) -> None:
        self.api.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __exit__(self, *exc: object) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
        self.stop()
        if self._thread is not None:
            self._thread.join(5)


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
