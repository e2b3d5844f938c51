"""fetch_pages / refresh_sources against a local HTTP server on 127.0.0.1 (never the real site)."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from codegen.errors import SourceError
from codegen.fetch import (
    USER_AGENT,
    FetchedPage,
    FetchError,
    fetch_pages,
    refresh_sources,
    slug_for,
)

PAGE = (Path(__file__).resolve().parent / "fixtures" / "html" / "kms-Decrypt-en.html").read_bytes()
GBK_PAGE = '<html><head><meta charset="gbk"></head><body><h2>1. 接口描述</h2></body></html>'.encode("gbk")
FIXED = datetime(2024, 5, 10, 11, 2, 37, tzinfo=timezone.utc)


@dataclass
class Seen:
    path: str
    user_agent: str


@dataclass
class FakeTime:
    """Stands in for the `time` module inside codegen.fetch: sleeping records the wait and moves the clock on."""

    now: float = 1000.0
    slept: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@dataclass
class State:
    requests: list[Seen] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, path: str) -> int:
        with self.lock:
            self.counters[path] = self.counters.get(path, 0) + 1
            return self.counters[path]

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]


class Handler(BaseHTTPRequestHandler):
    state: State  # set on the class per server

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?")[0]
        self.state.requests.append(Seen(self.path, self.headers.get("User-Agent", "")))
        count = self.state.hit(path)
        if path in ("/page", "/page2", "/page3"):
            self.send(200, PAGE, "text/html; charset=utf-8")
        elif path == "/redirect":
            self.redirect(301, "/hop?x=1")
        elif path == "/hop":
            self.redirect(302, f"http://{self.headers['Host']}/page")  # absolute
        elif path == "/loop":
            self.redirect(302, "/loop2")
        elif path == "/loop2":
            self.redirect(307, "/loop")
        elif path == "/missing":
            self.send(404, b"<html><body>no such page</body></html>", "text/html")
        elif path == "/flaky":
            if count <= 2:
                self.send(500, b"oops", "text/plain")
            else:
                self.send(200, PAGE, "text/html")
        elif path == "/broken":
            self.send(503, b"down", "text/plain")
        elif path == "/busy":
            if count == 1:
                self.send(429, b"slow down", "text/plain", {"Retry-After": "0"})
            else:
                self.send(200, PAGE, "text/html")
        elif path == "/slow":
            time.sleep(1.0)
            self.send(200, PAGE, "text/html")
        elif path == "/json":
            self.send(200, b'{"Response": {}}', "application/json")
        elif path == "/gbk":
            self.send(200, GBK_PAGE, "text/html")
        elif path == "/untyped":
            self.send(200, PAGE, None)
        elif path == "/changing":
            body = b"<html><body><h2>1. API Description</h2><p>revision %d</p></body></html>" % count
            self.send(200, body, "text/html")
        else:
            self.send(404, b"", "text/html")

    def send(
        self,
        status: int,
        body: bytes,
        content_type: str | None,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def redirect(self, status: int, location: str) -> None:
        self.send(status, b"", "text/html", {"Location": location})


@dataclass
class Server:
    base: str
    state: State


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    state = State()
    handler = type("BoundHandler", (Handler,), {"state": state})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", state)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def site(server: Server) -> Server:
    server.state.requests.clear()
    server.state.counters.clear()
    return server


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    monkeypatch.setattr("codegen.fetch.time", fake)
    return fake


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(trust_env=False) as c:  # no proxy from the environment for 127.0.0.1
        yield c


def fetch(
    urls: list[str],
    into: Path,
    client: httpx.Client | None,
    *,
    retries: int = 3,
    timeout: float = 15.0,
) -> list[FetchedPage]:
    """fetch_pages without pacing delays, with a fixed clock."""
    return fetch_pages(
        urls,
        into,
        client=client,
        rate=1000.0,
        retries=retries,
        timeout=timeout,
        backoff=0.01,
        now=lambda: FIXED,
    )


def refresh(meta: list[Path | str], client: httpx.Client, now: datetime = FIXED) -> list[FetchedPage]:
    return refresh_sources(meta, client=client, rate=1000.0, backoff=0.01, now=lambda: now)


def test_stores_page_and_metadata(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/page"
    (page,) = fetch([url], tmp_path, client)
    slug = slug_for(url)
    assert page.path == tmp_path / f"{slug}.html"
    assert page.meta_path == tmp_path / f"{slug}.meta.json"
    assert page.path.read_bytes() == PAGE
    assert page.sha256 == hashlib.sha256(PAGE).hexdigest()
    assert page.changed and page.status == 200
    meta = json.loads(page.meta_path.read_text(encoding="utf-8"))
    assert meta == {
        "url": url,
        "final_url": url,
        "fetched_at": "2024-05-10T11:02:37+00:00",
        "sha256": hashlib.sha256(PAGE).hexdigest(),
        "status": 200,
        "content_type": "text/html; charset=utf-8",
    }
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([f"{slug}.html", f"{slug}.meta.json"])


def test_file_names_are_deterministic() -> None:
    url = "https://cloud.tencent.com/document/api/266/34181"
    assert slug_for(url) == slug_for(url) == slug_for(url + "#section")
    assert slug_for(url).startswith("cloud.tencent.com-document-api-266-34181-")
    assert slug_for(url) != slug_for(url + "?lang=en")
    assert slug_for("https://x.test/" + "a" * 300).__len__() < 100
    assert "/" not in slug_for("https://x.test/a/../b?c=d&e=f")


def test_user_agent_sent(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    fetch([f"{site.base}/page"], tmp_path, client)
    assert USER_AGENT.startswith("tc-codegen/") and USER_AGENT.endswith(" (+docs fetcher)")
    assert [r.user_agent for r in site.state.requests] == [USER_AGENT]


def test_default_client(site: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    (page,) = fetch([f"{site.base}/page"], tmp_path, None)
    assert page.path.read_bytes() == PAGE
    assert site.state.requests[0].user_agent == USER_AGENT


def test_follows_redirects(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/redirect"
    (page,) = fetch([url], tmp_path, client)
    assert site.state.paths() == ["/redirect", "/hop?x=1", "/page"]
    assert page.url == url and page.final_url == f"{site.base}/page"
    assert page.path.name == f"{slug_for(url)}.html"  # named after the URL asked for
    meta = json.loads(page.meta_path.read_text(encoding="utf-8"))
    assert (meta["url"], meta["final_url"]) == (url, f"{site.base}/page")


def test_redirect_loop_is_an_error(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    with pytest.raises(FetchError) as info:
        fetch([f"{site.base}/loop"], tmp_path, client)
    assert "redirect loop" in str(info.value)
    assert len(site.state.requests) == 2
    assert list(tmp_path.iterdir()) == []


def test_404_is_an_error_naming_url_and_status(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/missing"
    with pytest.raises(FetchError) as info:
        fetch([url], tmp_path, client)
    assert str(info.value) == f"could not fetch {url}: HTTP 404 Not Found"
    assert (info.value.url, info.value.status) == (url, 404)
    assert len(site.state.requests) == 1  # a 4xx is not retried
    assert list(tmp_path.iterdir()) == []


def test_500_then_success_is_retried(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    (page,) = fetch([f"{site.base}/flaky"], tmp_path, client, retries=3)
    assert site.state.paths() == ["/flaky", "/flaky", "/flaky"]
    assert page.path.read_bytes() == PAGE


def test_retries_are_bounded(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/broken"
    with pytest.raises(FetchError) as info:
        fetch([url], tmp_path, client, retries=2)
    assert len(site.state.requests) == 3
    assert info.value.status == 503
    assert str(info.value) == f"could not fetch {url}: HTTP 503 Service Unavailable (after 3 attempts)"


def test_backoff_between_retries(site: Server, client: httpx.Client, tmp_path: Path, clock: FakeTime) -> None:
    fetch_pages(
        [f"{site.base}/flaky"],
        tmp_path,
        client=client,
        rate=1000.0,
        backoff=0.1,
        retries=3,
        now=lambda: FIXED,
    )
    assert site.state.paths() == ["/flaky"] * 3
    assert clock.slept == pytest.approx([0.1, 0.2])  # backoff, then doubled


def test_429_is_retried(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    (page,) = fetch([f"{site.base}/busy"], tmp_path, client)
    assert site.state.paths() == ["/busy", "/busy"]
    assert page.status == 200


def test_slow_response_times_out(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/slow"
    with pytest.raises(FetchError) as info:
        fetch([url], tmp_path, client, timeout=0.2, retries=1)
    assert info.value.status is None
    assert str(info.value).startswith(f"could not fetch {url}: timed out after 0.2s")
    assert "(after 2 attempts)" in str(info.value)
    assert len(site.state.requests) == 2
    assert list(tmp_path.iterdir()) == []


def test_non_html_answer_is_refused(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/json"
    with pytest.raises(FetchError) as info:
        fetch([url], tmp_path, client)
    assert str(info.value) == f"could not fetch {url}: not an HTML page (application/json); expected text/html"
    assert info.value.status == 200
    assert len(site.state.requests) == 1
    assert list(tmp_path.iterdir()) == []


def test_html_without_content_type_is_accepted(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    (page,) = fetch([f"{site.base}/untyped"], tmp_path, client)
    assert page.path.read_bytes() == PAGE


def test_page_in_another_charset_is_stored_as_utf8(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    (page,) = fetch([f"{site.base}/gbk"], tmp_path, client)
    assert "<h2>1. 接口描述</h2>" in page.path.read_text(encoding="utf-8")


def test_failures_do_not_stop_other_pages(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    urls = [f"{site.base}/missing", f"{site.base}/page", f"{site.base}/json"]
    with pytest.raises(FetchError) as info:
        fetch(urls, tmp_path, client)
    assert [f.url for f in info.value.failures] == [urls[0], urls[2]]
    assert [f.status for f in info.value.failures] == [404, 200]
    assert [p.url for p in info.value.fetched] == [urls[1]]
    assert str(info.value).startswith("could not fetch 2 pages:\n")
    assert (tmp_path / f"{slug_for(urls[1])}.html").exists()


def test_duplicates_fetched_once(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/page"
    pages = fetch([url, url + "#frag", url], tmp_path, client)
    assert len(pages) == 1 and site.state.paths() == ["/page"]


def test_not_http_url_is_an_error(client: httpx.Client, tmp_path: Path) -> None:
    with pytest.raises(FetchError) as info:
        fetch(["file:///etc/passwd"], tmp_path, client)
    assert "not an http(s) URL" in str(info.value)


def test_connection_refused_is_retried_then_an_error(client: httpx.Client, tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/page"
    with pytest.raises(FetchError) as info:
        fetch([url], tmp_path, client, retries=1, timeout=2.0)
    assert "connection failed" in str(info.value) and "(after 2 attempts)" in str(info.value)


def test_rate_limit_per_host(site: Server, client: httpx.Client, tmp_path: Path, clock: FakeTime) -> None:
    urls = [f"{site.base}/page", f"{site.base}/page2", f"{site.base}/page3"]
    fetch_pages(urls, tmp_path, client=client, rate=4.0, now=lambda: FIXED)
    assert len(site.state.requests) == 3
    assert clock.slept == pytest.approx([0.25, 0.25])  # 1 / 4 requests per second


def test_rate_limit_applies_to_redirect_hops(
    site: Server, client: httpx.Client, tmp_path: Path, clock: FakeTime
) -> None:
    fetch_pages([f"{site.base}/redirect"], tmp_path, client=client, rate=5.0, now=lambda: FIXED)
    assert len(site.state.requests) == 3
    assert clock.slept == pytest.approx([0.2, 0.2])


def test_bad_options(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        fetch_pages(["http://127.0.0.1:9/"], tmp_path, rate=0)
    with pytest.raises(ValueError):
        fetch_pages(["http://127.0.0.1:9/"], tmp_path, retries=-1)


def test_refresh_sources(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    url = f"{site.base}/changing"
    (first,) = fetch([url], tmp_path, client)
    assert "revision 1" in first.path.read_text(encoding="utf-8")
    later = datetime(2024, 6, 1, 8, 0, 0)  # naive: taken as UTC
    (again,) = refresh([first.meta_path], client, later)
    assert again.path == first.path and again.meta_path == first.meta_path
    assert "revision 2" in again.path.read_text(encoding="utf-8")
    assert again.changed and again.sha256 != first.sha256
    meta = json.loads(first.meta_path.read_text(encoding="utf-8"))
    assert meta["fetched_at"] == "2024-06-01T08:00:00+00:00" and meta["url"] == url
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.path.name, first.meta_path.name])


def test_refresh_unchanged_page(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    (first,) = fetch([f"{site.base}/page"], tmp_path, client)
    (again,) = refresh([str(first.meta_path)], client)
    assert not again.changed and again.sha256 == first.sha256


def test_refresh_keeps_renamed_files(site: Server, client: httpx.Client, tmp_path: Path) -> None:
    (first,) = fetch([f"{site.base}/page"], tmp_path, client)
    meta = tmp_path / "kms-Decrypt.meta.json"
    first.meta_path.rename(meta)
    (again,) = refresh([meta], client)
    assert again.path == tmp_path / "kms-Decrypt.html" and again.meta_path == meta


def test_refresh_with_bad_metadata(tmp_path: Path) -> None:
    bad = tmp_path / "x.meta.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SourceError):
        refresh_sources([bad])
    bad.write_text('{"url": "ftp://example.invalid/x"}', encoding="utf-8")
    with pytest.raises(SourceError) as info:
        refresh_sources([bad])
    assert info.value.path == str(bad)
