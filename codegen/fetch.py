"""Download doc pages to use as sources: `fetch_pages` for new URLs, `refresh_sources` for pages fetched before.

Each page is stored as two files in the target folder, both written atomically (temporary file, then rename):

- ``<slug>.html``: the page as UTF-8 text (decoded with the charset the server or the page declares);
- ``<slug>.meta.json``: ``{"url", "final_url", "fetched_at", "sha256", "status", "content_type"}``, where
  ``sha256`` is the digest of the stored ``.html`` file and ``fetched_at`` an ISO 8601 UTC date-time.

The slug is derived from the URL alone (host and path, made file-name safe, plus a short hash of the whole URL), so
the same URL always lands in the same files. Requests carry the User-Agent ``tc-codegen/<version> (+docs fetcher)``,
explicit connect/read/write timeouts, and are paced per host (``rate`` requests per second at most). Connection
errors, timeouts, 429 and 5xx answers are retried ``retries`` times with exponential backoff; other 4xx answers,
answers that are not HTML, and redirect loops are errors naming the URL and the status.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from codegen.errors import CodegenError, SourceError
from codegen.resources import generator_version

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 10
MAX_BACKOFF = 30.0
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I
)


USER_AGENT = f"tc-codegen/{generator_version()} (+docs fetcher)"


@dataclass(frozen=True)
class FetchedPage:
    """One stored page: where it came from and where it is now."""

    url: str
    final_url: str
    path: Path  # the stored <slug>.html
    meta_path: Path  # its <slug>.meta.json
    fetched_at: str  # ISO 8601, UTC
    sha256: str  # of the stored .html file
    status: int
    changed: bool  # False when the file existed before with the same content


@dataclass(frozen=True)
class FetchFailure:
    """Why one URL could not be fetched; `status` is the last HTTP status, None when there was no answer."""

    url: str
    status: int | None
    reason: str


class FetchError(CodegenError):
    """Some URLs could not be fetched. `failures` says which and why; `fetched` lists the pages that were stored."""

    def __init__(
        self, failures: list[FetchFailure], fetched: list[FetchedPage] | None = None
    ) -> None:
        self.failures = failures
        self.fetched = fetched or []
        first = failures[0]
        self.url = first.url
        self.status = first.status
        if len(failures) == 1:
            message = f"could not fetch {first.url}: {first.reason}"
        else:
            lines = "\n".join(f"  {f.url}: {f.reason}" for f in failures)
            message = f"could not fetch {len(failures)} pages:\n{lines}"
        super().__init__(message)


def slug_for(url: str) -> str:
    """The file name stem for a URL: "cloud.tencent.com-document-api-266-34181-1a2b3c4d5e" (fragment ignored)."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    readable = re.sub(
        r"[^A-Za-z0-9._]+", "-", f"{parts.hostname or ''}{parts.path}"
    ).strip("-.")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    return f"{readable[:80].rstrip('-.')}-{digest}" if readable else digest


def fetch_pages(
    urls: list[str],
    into: Path,
    *,
    client: httpx.Client | None = None,
    rate: float = 1.0,
    retries: int = 3,
    timeout: float = 15.0,
    now: Callable[[], datetime] | None = None,
    backoff: float = 0.5,
) -> list[FetchedPage]:
    """Download each URL (duplicates once, in order) into `into` as <slug>.html plus <slug>.meta.json.

    `rate` is the most requests per second sent to one host; `retries` how many more attempts a connection error,
    timeout, 429 or 5xx answer gets, waiting `backoff` seconds doubled each time (or the server's Retry-After);
    `timeout` the connect, read and write timeout in seconds; `now` the clock for `fetched_at` (UTC by default);
    `client` an httpx.Client to send with (its transport is used; redirects, timeouts and the User-Agent are set
    here per request). Raises FetchError naming every URL that failed, after storing all the others.
    """
    targets: list[tuple[str, Path, Path]] = []
    seen: set[str] = set()
    for url in urls:
        key = urldefrag(url.strip())[0]
        if key in seen:
            continue
        seen.add(key)
        slug = slug_for(key)
        targets.append(
            (key, Path(into) / f"{slug}.html", Path(into) / f"{slug}.meta.json")
        )
    return _fetch_all(targets, client, rate, retries, timeout, now, backoff)


def refresh_sources(
    meta_files: Iterable[Path | str],
    *,
    client: httpx.Client | None = None,
    rate: float = 1.0,
    retries: int = 3,
    timeout: float = 15.0,
    now: Callable[[], datetime] | None = None,
    backoff: float = 0.5,
) -> list[FetchedPage]:
    """Download again the pages described by these .meta.json files, from their stored URL, into the same files.

    A metadata file that cannot be read or names no http(s) URL is a SourceError. `FetchedPage.changed` tells
    which pages have new content. Other options as for `fetch_pages`.
    """
    targets: list[tuple[str, Path, Path]] = []
    for meta in meta_files:
        meta_path = Path(meta)
        try:
            data = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SourceError(
                str(meta_path), 1, f"expected fetch metadata (JSON with a 'url'): {exc}"
            ) from None
        url = data.get("url") if isinstance(data, dict) else None
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
            raise SourceError(
                str(meta_path), 1, "expected fetch metadata with an http(s) 'url'"
            )
        name = meta_path.name
        stem = (
            name[: -len(".meta.json")]
            if name.endswith(".meta.json")
            else meta_path.stem
        )
        targets.append((url, meta_path.with_name(f"{stem}.html"), meta_path))
    return _fetch_all(targets, client, rate, retries, timeout, now, backoff)


# --- internals ------------------------------------------------------------------------------------------------------


class _Pacer:
    """At most `rate` request starts per second to each host."""

    def __init__(self, rate: float) -> None:
        if not rate > 0:
            raise ValueError(
                f"rate must be a positive number of requests per second, got {rate!r}"
            )
        self.interval = 1.0 / rate
        self.last: dict[str, float] = {}

    def wait(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        previous = self.last.get(host)
        if previous is not None:
            delay = previous + self.interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        self.last[host] = time.monotonic()


class _Failed(Exception):
    def __init__(
        self,
        status: int | None,
        reason: str,
        retry: bool,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.retry = retry
        self.retry_after = retry_after


@dataclass(frozen=True)
class _Raw:
    status: int
    reason: str
    headers: httpx.Headers
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class _Answer:
    final_url: str
    status: int
    content_type: str
    text: str


def _fetch_all(
    targets: list[tuple[str, Path, Path]],
    client: httpx.Client | None,
    rate: float,
    retries: int,
    timeout: float,
    now: Callable[[], datetime] | None,
    backoff: float,
) -> list[FetchedPage]:
    if retries < 0:
        raise ValueError(f"retries must be 0 or more, got {retries!r}")
    if not timeout > 0:
        raise ValueError(
            f"timeout must be a positive number of seconds, got {timeout!r}"
        )
    pacer = _Pacer(rate)
    clock = now or (lambda: datetime.now(timezone.utc))
    own = client is None
    session = (
        client
        if client is not None
        else httpx.Client(headers={"User-Agent": USER_AGENT})
    )
    fetched: list[FetchedPage] = []
    failures: list[FetchFailure] = []
    try:
        for url, html_path, meta_path in targets:
            try:
                answer = _download(session, url, pacer, retries, timeout, backoff)
            except _Failed as failed:
                failures.append(FetchFailure(url, failed.status, failed.reason))
                continue
            fetched.append(_store(url, answer, html_path, meta_path, clock()))
    finally:
        if own:
            session.close()
    if failures:
        raise FetchError(failures, fetched)
    return fetched


def _download(
    client: httpx.Client,
    url: str,
    pacer: _Pacer,
    retries: int,
    timeout: float,
    backoff: float,
) -> _Answer:
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise _Failed(None, "not an http(s) URL", retry=False)
    attempt = 0
    while True:
        try:
            return _follow(client, url, pacer, timeout)
        except _Failed as failed:
            if not failed.retry or attempt >= retries:
                if attempt:
                    failed.reason += f" (after {attempt + 1} attempts)"
                raise
            wait = backoff * (2**attempt)
            if failed.retry_after is not None:
                wait = max(wait, failed.retry_after)
            time.sleep(min(wait, MAX_BACKOFF))
            attempt += 1


def _follow(client: httpx.Client, url: str, pacer: _Pacer, timeout: float) -> _Answer:
    """One attempt: GET the URL and follow its redirects (each hop paced for its own host)."""
    current = url
    visited: list[str] = []
    for _ in range(MAX_REDIRECTS + 1):
        visited.append(current)
        pacer.wait(current)
        response = _get(client, current, timeout)
        if response.status in _REDIRECT_STATUS:
            location = response.headers.get("location")
            if not location:
                raise _Failed(
                    response.status,
                    f"HTTP {response.status} redirect without a Location",
                    False,
                )
            target = urldefrag(urljoin(current, location))[0]
            if urlsplit(target).scheme not in ("http", "https"):
                raise _Failed(
                    response.status, f"redirect to a non-http(s) URL {target}", False
                )
            if target in visited:
                raise _Failed(response.status, f"redirect loop at {target}", False)
            current = target
            continue
        return _check(current, response)
    raise _Failed(None, f"more than {MAX_REDIRECTS} redirects", False)


def _get(client: httpx.Client, url: str, timeout: float) -> _Raw:
    """GET with explicit timeouts and a size limit; the body is read (so the connection is released) here."""
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    }
    limits = httpx.Timeout(connect=timeout, read=timeout, write=timeout, pool=timeout)
    deadline = time.monotonic() + 4 * timeout
    try:
        with client.stream(
            "GET", url, headers=headers, timeout=limits, follow_redirects=False
        ) as response:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise _Failed(
                        response.status_code,
                        f"page larger than {MAX_BYTES} bytes",
                        False,
                    )
                if time.monotonic() > deadline:
                    raise _Failed(
                        response.status_code,
                        f"download took longer than {4 * timeout:g}s",
                        True,
                    )
                chunks.append(chunk)
            body = b"".join(chunks)
    except httpx.TimeoutException as exc:
        raise _Failed(
            None, f"timed out after {timeout:g}s ({type(exc).__name__})", True
        ) from None
    except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
        raise _Failed(
            None, f"connection failed ({type(exc).__name__}: {exc})", True
        ) from None
    except httpx.HTTPError as exc:
        raise _Failed(
            None, f"request failed ({type(exc).__name__}: {exc})", False
        ) from None
    return _Raw(
        response.status_code,
        response.reason_phrase,
        response.headers,
        response.charset_encoding,
        body,
    )


def _check(url: str, response: _Raw) -> _Answer:
    status = response.status
    phrase = response.reason
    if status in _RETRY_STATUS:
        raise _Failed(
            status, f"HTTP {status} {phrase}".rstrip(), True, _retry_after(response)
        )
    if status >= 400:
        raise _Failed(status, f"HTTP {status} {phrase}".rstrip(), False)
    if status != 200:
        raise _Failed(
            status,
            f"HTTP {status} {phrase}; expected 200 with an HTML page".rstrip(),
            False,
        )
    content_type = response.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    body = response.body
    if media not in HTML_TYPES and not (media == "" and _looks_like_html(body)):
        shown = media or "no Content-Type"
        raise _Failed(status, f"not an HTML page ({shown}); expected text/html", False)
    return _Answer(url, status, content_type, _decode(body, response.charset))


def _retry_after(response: _Raw) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    return float(value) if value.isdigit() else None


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _decode(body: bytes, declared: str | None) -> str:
    """The page's text: the charset from Content-Type, else from <meta charset>, else UTF-8."""
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace")
    candidates = [declared] if declared else []
    match = _META_CHARSET.search(body[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii"))
    for encoding in candidates:
        try:
            return body.decode(encoding or "utf-8")
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


def _store(
    url: str, answer: _Answer, html_path: Path, meta_path: Path, fetched: datetime
) -> FetchedPage:
    data = answer.text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    changed = not (
        html_path.exists()
        and hashlib.sha256(html_path.read_bytes()).hexdigest() == digest
    )
    if fetched.tzinfo is None:
        fetched = fetched.replace(tzinfo=timezone.utc)
    stamp = fetched.astimezone(timezone.utc).isoformat(timespec="seconds")
    meta = {
        "url": url,
        "final_url": answer.final_url,
        "fetched_at": stamp,
        "sha256": digest,
        "status": answer.status,
        "content_type": answer.content_type,
    }
    _write_atomic(html_path, data)
    _write_atomic(
        meta_path,
        (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
    )
    return FetchedPage(
        url,
        answer.final_url,
        html_path,
        meta_path,
        stamp,
        digest,
        answer.status,
        changed,
    )


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
