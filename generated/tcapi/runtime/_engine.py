"""The machinery behind :class:`~.client.BaseClient` and :class:`~.client.AsyncBaseClient`.

Imported when the first client is constructed (never when a generated package is imported): it pulls in
httpx, json, hashing and logging.  One call goes through these steps:

1. resolve the per-call options (timeout, retry policy, idempotency, extra headers);
2. serialise the parameters once: a JSON body for POST (the same bytes ``json.dumps`` gives, as the
   official SDK sends), an RFC 3986 query string for GET;
3. for each attempt: wait for the rate limiter, ask the credential provider for a credential, stamp and
   sign the request (TC3-HMAC-SHA256), send it, and turn the answer into an :class:`~.client.ApiResult`
   or an exception;
4. on failure ask the retry policy (:mod:`.retry`) whether to try again, sleep its backoff, and repeat.

Each attempt is logged at DEBUG on the logger named after the generated package (``tcapi`` for ``tcapi.runtime``:
action, region, attempt, status, latency, RequestId) and each retry at INFO; parameters, headers and credentials
are never logged.
"""

from __future__ import annotations

import json
import logging
import ssl
import sys
import time

import httpx

from . import signing
from .client import ApiResult, RawResponse
from .credentials import CredentialProvider, default_credential_chain
from .errors import (
    COMMON_ERRORS,
    APIError,
    ConfigurationError,
    InvalidResponseError,
    NetworkError,
    Problem,
    RegionError,
    RequestTimeoutError,
    ServerError,
    TencentCloudError,
    ValidationError,
    resolve_error_class,
)
from .ratelimit import RateLimiter
from .retry import RetryPolicy

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from typing import Any

    from .client import CallOptions

__all__ = [
    "Config",
    "SyncEngine",
    "AsyncEngine",
    "resolve_endpoint",
    "LOGGER_NAME",
    "USER_AGENT",
]

# The generated package's name and version, as configured when it was generated ([tool.codegen] package and
# [tool.codegen.distribution] version): its requests and its log records say who sent them.
LOGGER_NAME = __name__.split(".")[0]
USER_AGENT = f"{LOGGER_NAME}-python/{getattr(sys.modules.get(LOGGER_NAME), '__version__', '0')}"
DOMAIN_SUFFIX = ".tencentcloudapi.com"
LANGUAGES = ("zh-CN", "en-US")
JSON_CONTENT_TYPE = "application/json"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
BODY_EXCERPT_BYTES = 512

# Headers the client computes and signs; extra per-call headers may not replace them.
RESERVED_HEADERS = frozenset(
    {
        "authorization",
        "content-type",
        "content-length",
        "host",
        "x-tc-action",
        "x-tc-timestamp",
        "x-tc-version",
        "x-tc-region",
        "x-tc-token",
        "x-tc-language",
    }
)

logging.getLogger(LOGGER_NAME).addHandler(logging.NullHandler())


def resolve_endpoint(
    default_endpoint: str,
    service: str,
    region: str | None,
    *,
    endpoint: str | None = None,
    international: bool = False,
    regional_endpoint: bool = False,
) -> tuple[str, str]:
    """``(scheme, host[:port])`` requests go to.

    An explicit ``endpoint`` (host name or ``http(s)://host[:port]``) wins; otherwise the service's endpoint
    (``<service>.tencentcloudapi.com``), its international twin ``<service>.intl.tencentcloudapi.com``, or the
    region-specific ``<service>.<region>.tencentcloudapi.com``.
    """
    if endpoint is not None:
        text = endpoint.strip()
        if "://" in text:
            from urllib.parse import urlsplit

            parts = urlsplit(text)
            if parts.scheme not in ("http", "https"):
                raise ConfigurationError(f"endpoint scheme must be http or https, not {parts.scheme!r}")
            if not parts.netloc or parts.path not in ("", "/") or parts.query or parts.fragment:
                raise ConfigurationError(f"endpoint must be a host or a base URL without a path: {endpoint!r}")
            return parts.scheme, parts.netloc
        if not text or "/" in text or " " in text:
            raise ConfigurationError(f"endpoint must be a host name or a base URL: {endpoint!r}")
        return "https", text
    base = default_endpoint or f"{service}{DOMAIN_SUFFIX}"
    if international and regional_endpoint:
        raise ConfigurationError("choose international=True or regional_endpoint=True, not both")
    if not (international or regional_endpoint):
        return "https", base
    prefix = base[: -len(DOMAIN_SUFFIX)] if base.endswith(DOMAIN_SUFFIX) else service
    if international:
        if prefix.endswith(".intl"):
            return "https", base
        return "https", f"{prefix}.intl{DOMAIN_SUFFIX}"
    if not region:
        raise ConfigurationError("regional_endpoint=True needs a region")
    if not all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in region):
        raise ConfigurationError(f"region {region!r} cannot be part of a host name")
    return "https", f"{prefix}.{region}{DOMAIN_SUFFIX}"


def to_timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not value > 0:
            raise ConfigurationError("timeout must be > 0 seconds")
        return httpx.Timeout(float(value))
    raise ConfigurationError(f"timeout must be seconds or an httpx.Timeout, not {type(value).__name__}")


def total_seconds(timeout: httpx.Timeout) -> float | None:
    """How long a whole call may take: the longest of the timeout's phases (None: unbounded)."""
    phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
    return max(phases) if phases else None


class Config:
    """The resolved, validated settings of one client."""

    __slots__ = (
        "service",
        "version",
        "region",
        "scheme",
        "host",
        "base_url",
        "language",
        "timeout",
        "retry",
        "limiter",
        "credentials",
        "method",
        "logger",
        "errors_source",
        "read_only",
        "max_response_bytes",
    )

    def __init__(
        self,
        *,
        service: str,
        version: str,
        region: str | None,
        scheme: str,
        host: str,
        language: str | None,
        timeout: httpx.Timeout,
        retry: RetryPolicy,
        limiter: RateLimiter | None,
        credentials: CredentialProvider,
        method: str,
        logger: logging.Logger,
        errors_source: Callable[[], Mapping[str, type[APIError]]],
        read_only: frozenset[str],
        max_response_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        self.service = service
        self.version = version
        self.region = region
        self.scheme = scheme
        self.host = host
        self.base_url = f"{scheme}://{host}"
        self.language = language
        self.timeout = timeout
        self.retry = retry
        self.limiter = limiter
        self.credentials = credentials
        self.method = method
        self.logger = logger
        self.errors_source = errors_source
        self.read_only = read_only
        self.max_response_bytes = max_response_bytes

    @classmethod
    def create(
        cls,
        client: Any,
        *,
        credential: CredentialProvider | None,
        region: str | None,
        endpoint: str | None,
        international: bool,
        regional_endpoint: bool,
        language: str | None,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy | None,
        rate_limit: bool | RateLimiter,
        http_method: str,
        logger: logging.Logger | None,
        max_response_bytes: int = 32 * 1024 * 1024,
    ) -> Config:
        # Settings are read from the instance, so a generated client may define them as class attributes
        # or as properties (e.g. ``_errors`` importing its errors module only when first needed).
        default_endpoint: str = client._endpoint
        service: str = client._service or default_endpoint.split(".", 1)[0]
        if not service:
            raise ConfigurationError(f"{type(client).__name__} sets neither _service nor _endpoint")
        version: str = client._version
        if region is not None and not isinstance(region, str):
            raise ConfigurationError(f"region must be a string, not {type(region).__name__}")
        region = region.strip() if region else None
        regions: frozenset[str] = client._regions
        if region and regions and region not in regions:
            raise RegionError(region, regions, service=service)
        scheme, host = resolve_endpoint(
            default_endpoint,
            service,
            region,
            endpoint=endpoint,
            international=international,
            regional_endpoint=regional_endpoint,
        )
        if language is not None and language not in LANGUAGES:
            raise ConfigurationError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        method = http_method.upper() if isinstance(http_method, str) else ""
        if method not in ("POST", "GET"):
            raise ConfigurationError(f"http_method must be 'POST' or 'GET', not {http_method!r}")
        if retry is None:
            retry = RetryPolicy()
        elif not isinstance(retry, RetryPolicy):
            raise ConfigurationError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
        limiter: RateLimiter | None
        if isinstance(rate_limit, RateLimiter):
            limiter = rate_limit
        elif rate_limit is True:
            limiter = RateLimiter(client._rate_limits)
        elif rate_limit is False or rate_limit is None:
            limiter = None
        else:
            raise ConfigurationError("rate_limit must be True, False or a RateLimiter")
        if credential is None:
            credentials: CredentialProvider = default_credential_chain()
        elif callable(getattr(credential, "get_credential", None)):
            credentials = credential
        else:
            raise ConfigurationError(f"credential must be a Credential or a provider, not {type(credential).__name__}")
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
            raise ConfigurationError("max_response_bytes must be a positive number of bytes")
        return cls(
            service=service,
            version=version,
            region=region,
            scheme=scheme,
            host=host,
            language=language,
            timeout=to_timeout(timeout),
            retry=retry,
            limiter=limiter,
            credentials=credentials,
            method=method,
            logger=logger or logging.getLogger(LOGGER_NAME),
            errors_source=lambda: client._errors,
            read_only=frozenset(client._read_only),
            max_response_bytes=max_response_bytes,
        )


class Prepared:
    """One signed HTTP request, ready to send: `url` as text (for messages), `target` as httpx sends it."""

    __slots__ = ("method", "url", "target", "headers", "content")

    def __init__(
        self, method: str, url: str, target: httpx.URL | str, headers: dict[str, str], content: bytes | None
    ) -> None:
        self.method = method
        self.url = url
        self.target = target
        self.headers = headers
        self.content = content

    def request(self, timeout: dict[str, float | None]) -> httpx.Request:
        """The request as httpx sends it: built directly rather than through `Client.request`, whose URL parsing
        and header and cookie merging would cost a third of a call and add nothing here."""
        return httpx.Request(
            self.method, self.target, content=self.content, headers=self.headers, extensions={"timeout": timeout}
        )


class _Engine:
    """What the sync and async engines share: everything but sending and sleeping."""

    def __init__(self, config: Config) -> None:
        self._cfg = config
        # (secret key, UTC day number, date text, signing key): the key is derived once per key and day.
        self._key_cache: tuple[str, int, str, bytes] | None = None
        self._errors: Mapping[str, type[APIError]] | None = None
        self._clock = time.time
        self._content_type = JSON_CONTENT_TYPE if config.method == "POST" else FORM_CONTENT_TYPE
        # Parsed once per client: httpx would parse the URL and convert the timeout on every request.
        self._root = f"{config.base_url}/"
        self._root_url = httpx.URL(self._root)
        self._timeout = config.timeout
        self._timeout_dict = config.timeout.as_dict()

    def timeout_extension(self, timeout: httpx.Timeout) -> dict[str, float | None]:
        """The request extension httpx reads the timeout from (the client's own is converted once)."""
        return self._timeout_dict if timeout is self._timeout else timeout.as_dict()

    @property
    def errors(self) -> Mapping[str, type[APIError]]:
        """``{**COMMON_ERRORS, **client._errors}``, built when the first API error arrives."""
        registry = self._errors
        if registry is None:
            registry = self._errors = {**COMMON_ERRORS, **self._cfg.errors_source()}
        return registry

    # -- options and encoding -------------------------------------------------------------------------

    def resolve_options(
        self, action: str, options: CallOptions | None
    ) -> tuple[httpx.Timeout, RetryPolicy, bool, dict[str, str] | None]:
        cfg = self._cfg
        if options is None:
            return cfg.timeout, cfg.retry, action in cfg.read_only, None
        timeout = cfg.timeout if options.timeout is None else to_timeout(options.timeout)
        retry = options.retry
        if retry is None:
            policy = cfg.retry
        elif isinstance(retry, RetryPolicy):
            policy = retry
        elif isinstance(retry, int) and not isinstance(retry, bool):
            try:
                policy = cfg.retry.with_max_attempts(retry)
            except ValueError as exc:
                raise ConfigurationError(str(exc)) from None
        else:
            raise ConfigurationError("CallOptions.retry must be a RetryPolicy or a number of attempts")
        idempotent = action in cfg.read_only if options.idempotent is None else bool(options.idempotent)
        extra: dict[str, str] | None = None
        if options.headers:
            extra = {}
            for name, value in options.headers.items():
                if name.lower() in RESERVED_HEADERS:
                    raise ConfigurationError(f"header {name!r} is set by the client and cannot be replaced")
                extra[name] = value
        return timeout, policy, idempotent, extra

    def encode(self, action: str, params: Mapping[str, Any]) -> tuple[bytes | None, str]:
        """The body (POST) or the query string (GET) for ``params``."""
        if not isinstance(params, dict):
            raise ValidationError(
                [
                    Problem(
                        "",
                        f"request parameters must be a JSON object, not {type(params).__name__}",
                    )
                ],
                action=action,
            )
        if self._cfg.method == "GET":
            try:
                return None, signing.canonical_query_string(params)
            except UnicodeEncodeError as exc:
                raise ValidationError(
                    [Problem("", f"request is not valid UTF-8 text: {exc.reason}")], action=action
                ) from None
        try:
            return json.dumps(params, allow_nan=False).encode("utf-8"), ""
        except (TypeError, ValueError) as exc:
            raise ValidationError([Problem("", f"request is not valid JSON: {exc}")], action=action) from None

    # -- signing ---------------------------------------------------------------------------------------

    def prepare(
        self,
        action: str,
        content: bytes | None,
        query: str,
        extra: dict[str, str] | None,
    ) -> Prepared:
        cfg = self._cfg
        credential = cfg.credentials.get_credential()
        timestamp = int(self._clock())
        headers = {
            "User-Agent": USER_AGENT,
            "Host": cfg.host,
            "Content-Type": self._content_type,
            "X-TC-Action": action,
            "X-TC-Timestamp": str(timestamp),
            "X-TC-Version": cfg.version,
        }
        if cfg.region:
            headers["X-TC-Region"] = cfg.region
        if credential.token:
            headers["X-TC-Token"] = credential.token
        if cfg.language:
            headers["X-TC-Language"] = cfg.language
        headers["X-TC-RequestClient"] = USER_AGENT
        if extra:
            headers.update(extra)
        day = timestamp // 86400
        cached = self._key_cache
        if cached is not None and cached[0] == credential.secret_key and cached[1] == day:
            date, key = cached[2], cached[3]
        else:
            date = signing.credential_date(timestamp)
            key = signing.derive_signing_key(credential.secret_key, date, cfg.service)
            self._key_cache = (credential.secret_key, day, date, key)
        parts = signing.sign(
            secret_id=credential.secret_id,
            secret_key=credential.secret_key,
            service=cfg.service,
            timestamp=timestamp,
            method=cfg.method,
            headers=headers,
            payload=content or b"",
            query=query,
            signing_key=key,
            date=date,
        )
        headers["Authorization"] = parts.authorization
        if query:
            url = f"{self._root}?{query}"
            return Prepared(cfg.method, url, url, headers, content)
        return Prepared(cfg.method, self._root, self._root_url, headers, content)

    # -- responses -------------------------------------------------------------------------------------

    def finish(self, action: str, response: httpx.Response, content: bytes, elapsed: float, attempt: int) -> ApiResult:
        """The result for an HTTP response and its body, or the exception it stands for (raised)."""
        status = response.status_code
        try:
            document = json.loads(content) if content else None
        except RecursionError:
            raise InvalidResponseError(
                "JSON nested too deeply", status_code=status, body=_excerpt(content), action=action
            ) from None
        except ValueError:
            document = None
        envelope = document.get("Response") if isinstance(document, dict) else None
        if isinstance(envelope, dict):
            request_id = envelope.get("RequestId")
            if not isinstance(request_id, str):
                request_id = ""
            error = envelope.get("Error")
            if error is not None:
                code = error.get("Code") if isinstance(error, dict) else None
                if not isinstance(code, str) or not code:
                    raise InvalidResponseError(
                        "Response.Error has no Code",
                        status_code=status,
                        body=_excerpt(content),
                        action=action,
                    )
                message = error.get("Message")
                cls = resolve_error_class(code, self.errors)
                raise cls(
                    message if isinstance(message, str) else "",
                    code=code,
                    request_id=request_id,
                    action=action,
                )
            if status == 200:
                raw = RawResponse(status, response.headers, request_id, elapsed, attempt)
                return ApiResult(envelope, raw)
            raise ServerError(status, body=_excerpt(content), request_id=request_id, action=action)
        if status != 200:
            raise ServerError(status, body=_excerpt(content), action=action)
        if document is None:
            reason = "empty body" if not content else "body is not JSON"
        else:
            reason = 'JSON without a "Response" object'
        raise InvalidResponseError(reason, status_code=status, body=_excerpt(content), action=action)

    def transport_error(
        self, exc: httpx.TransportError, action: str, url: str, timeout: httpx.Timeout
    ) -> TencentCloudError:
        """The runtime exception for an httpx transport failure (``request_sent`` decides retry safety)."""
        error: TencentCloudError
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, httpx.TimeoutException):
            if isinstance(exc, httpx.ConnectTimeout):
                phase, sent, seconds = "connect", False, timeout.connect
            elif isinstance(exc, httpx.PoolTimeout):
                phase, sent, seconds = "pool", False, timeout.pool
            elif isinstance(exc, httpx.WriteTimeout):
                phase, sent, seconds = "write", True, timeout.write
            else:
                phase, sent, seconds = "read", True, timeout.read
            limit = f" after {seconds:g}s" if seconds is not None else ""
            error = RequestTimeoutError(
                f"{phase} timeout{limit}",
                phase=phase,
                request_sent=sent,
                timeout=seconds,
                action=action,
                url=url,
            )
        elif isinstance(exc, (httpx.ConnectError, httpx.ProxyError)):
            error = NetworkError(
                f"connection failed: {detail}",
                request_sent=False,
                action=action,
                url=url,
            )
        elif isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError)):
            error = ConfigurationError(f"the request could not be sent: {detail}")
            error.action = action
        elif isinstance(exc, httpx.RemoteProtocolError):
            error = NetworkError(
                f"connection dropped without a complete response: {detail}",
                request_sent=True,
                action=action,
                url=url,
            )
        else:
            error = NetworkError(f"connection error: {detail}", request_sent=True, action=action, url=url)
        error.__cause__ = exc
        error.__suppress_context__ = True
        return error

    def take_chunk(self, body: bytearray, chunk: bytes, deadline: float | None, action: str, url: str) -> None:
        """Add one chunk of the body; raise once the body passes the size limit or the call its deadline."""
        body += chunk
        limit = self._cfg.max_response_bytes
        if len(body) > limit:
            raise InvalidResponseError(f"body larger than {limit} bytes", body=_excerpt(bytes(body)), action=action)
        if deadline is not None and time.monotonic() > deadline:
            raise self.overdue(action, url)

    def overdue(self, action: str, url: str) -> RequestTimeoutError:
        seconds = total_seconds(self._cfg.timeout)
        return RequestTimeoutError(
            "the attempt ran out of time reading the body",
            phase="total",
            request_sent=True,
            timeout=seconds,
            action=action,
            url=url,
        )

    # -- logging ---------------------------------------------------------------------------------------

    def log_attempt(
        self,
        action: str,
        attempt: int,
        max_attempts: int,
        elapsed: float,
        result: ApiResult | None,
        error: TencentCloudError | None,
    ) -> None:
        logger = self._cfg.logger
        if not logger.isEnabledFor(logging.DEBUG):
            return
        if result is not None:
            status: object = result.raw.status_code
            request_id = result.raw.request_id
            outcome = "ok"
        else:
            status = getattr(error, "status_code", "-")
            request_id = getattr(error, "request_id", "") or "-"
            code = getattr(error, "code", "")
            outcome = f"{type(error).__name__}" + (f"({code})" if code else "")
        logger.debug(
            f"{LOGGER_NAME} %s.%s region=%s attempt=%d/%d status=%s latency_ms=%.1f request_id=%s outcome=%s",
            self._cfg.service,
            action,
            self._cfg.region or "-",
            attempt,
            max_attempts,
            status,
            elapsed * 1000.0,
            request_id or "-",
            outcome,
        )

    def log_retry(self, action: str, attempt: int, delay: float, error: TencentCloudError) -> None:
        logger = self._cfg.logger
        if logger.isEnabledFor(logging.INFO):
            code = getattr(error, "code", "")
            logger.info(
                f"{LOGGER_NAME} %s.%s region=%s retrying after attempt %d in %.3fs: %s%s",
                self._cfg.service,
                action,
                self._cfg.region or "-",
                attempt,
                delay,
                type(error).__name__,
                f"({code})" if code else "",
            )


_ssl_context: ssl.SSLContext | None = None


def _shared_ssl_context() -> ssl.SSLContext:
    """One verifying SSL context for every client in the process.

    Building one loads the CA bundle and costs ~20 ms; httpx would build one per client.  SSLContext is
    safe to share between clients and threads.
    """
    global _ssl_context
    if _ssl_context is None:
        _ssl_context = httpx.create_ssl_context()
    return _ssl_context


def _excerpt(content: bytes) -> str:
    text = content[:BODY_EXCERPT_BYTES].decode("utf-8", "replace")
    return text + "…" if len(content) > BODY_EXCERPT_BYTES else text


class _NoCookies(httpx.Cookies):
    """A cookie store that keeps nothing.  Signed API calls carry no cookies, and httpx would otherwise run every
    response through `http.cookiejar` (a sixth of a call's client-side time) to store cookies never sent."""

    def extract_cookies(self, response: httpx.Response) -> None:
        pass

    def set_cookie_header(self, request: httpx.Request) -> None:
        pass


_NO_COOKIES = _NoCookies()


class _CookielessClient(httpx.Client):
    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, value: object) -> None:
        raise AttributeError("this client keeps no cookies")


class _CookielessAsyncClient(httpx.AsyncClient):
    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, value: object) -> None:
        raise AttributeError("this client keeps no cookies")


class SyncEngine(_Engine):
    def __init__(self, config: Config, transport: httpx.BaseTransport | None) -> None:
        super().__init__(config)
        self._http = _CookielessClient(
            transport=transport,
            verify=_shared_ssl_context() if transport is None else True,
            timeout=config.timeout,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
        )

    def call(self, action: str, params: dict[str, Any], options: CallOptions | None) -> ApiResult:
        timeout, policy, idempotent, extra = self.resolve_options(action, options)
        content, query = self.encode(action, params)
        limiter = self._cfg.limiter
        total = total_seconds(timeout)
        attempt = 0
        while True:
            attempt += 1
            if limiter is not None:
                limiter.acquire(action)
            prepared = self.prepare(action, content, query, extra)
            error: TencentCloudError | None = None
            started = time.perf_counter()
            deadline = None if total is None else time.monotonic() + total
            try:
                response, body = self.exchange(prepared, timeout, deadline, action)
            except httpx.TransportError as exc:
                error = self.transport_error(exc, action, prepared.url, timeout)
            except TencentCloudError as exc:
                error = exc
            elapsed = time.perf_counter() - started
            if error is None:
                try:
                    result = self.finish(action, response, body, elapsed, attempt)
                except TencentCloudError as exc:
                    error = exc
                else:
                    self.log_attempt(action, attempt, policy.max_attempts, elapsed, result, None)
                    return result
            error.attempts = attempt
            self.log_attempt(action, attempt, policy.max_attempts, elapsed, None, error)
            if not policy.should_retry(error, attempt=attempt, idempotent=idempotent):
                raise error
            delay = policy.backoff(attempt, error)
            self.log_retry(action, attempt, delay, error)
            policy.sleep(delay)

    def exchange(
        self, prepared: Prepared, timeout: httpx.Timeout, deadline: float | None, action: str
    ) -> tuple[httpx.Response, bytes]:
        """Send one attempt and read its body within the size limit and the call's deadline."""
        response = self._http.send(prepared.request(self.timeout_extension(timeout)), stream=True)
        try:
            body = bytearray()
            for chunk in response.iter_bytes():
                self.take_chunk(body, chunk, deadline, action, prepared.url)
        finally:
            response.close()
        return response, bytes(body)

    def close(self) -> None:
        self._http.close()


class AsyncEngine(_Engine):
    def __init__(self, config: Config, transport: httpx.AsyncBaseTransport | None) -> None:
        super().__init__(config)
        self._http = _CookielessAsyncClient(
            transport=transport,
            verify=_shared_ssl_context() if transport is None else True,
            timeout=config.timeout,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
        )

    async def call(self, action: str, params: dict[str, Any], options: CallOptions | None) -> ApiResult:
        timeout, policy, idempotent, extra = self.resolve_options(action, options)
        content, query = self.encode(action, params)
        limiter = self._cfg.limiter
        total = total_seconds(timeout)
        attempt = 0
        while True:
            attempt += 1
            if limiter is not None:
                await limiter.acquire_async(action)
            prepared = self.prepare(action, content, query, extra)
            error: TencentCloudError | None = None
            started = time.perf_counter()
            deadline = None if total is None else time.monotonic() + total
            try:
                response, body = await self.exchange(prepared, timeout, deadline, action)
            except httpx.TransportError as exc:
                error = self.transport_error(exc, action, prepared.url, timeout)
            except TencentCloudError as exc:
                error = exc
            elapsed = time.perf_counter() - started
            if error is None:
                try:
                    result = self.finish(action, response, body, elapsed, attempt)
                except TencentCloudError as exc:
                    error = exc
                else:
                    self.log_attempt(action, attempt, policy.max_attempts, elapsed, result, None)
                    return result
            error.attempts = attempt
            self.log_attempt(action, attempt, policy.max_attempts, elapsed, None, error)
            if not policy.should_retry(error, attempt=attempt, idempotent=idempotent):
                raise error
            delay = policy.backoff(attempt, error)
            self.log_retry(action, attempt, delay, error)
            await policy.async_sleep(delay)

    async def exchange(
        self, prepared: Prepared, timeout: httpx.Timeout, deadline: float | None, action: str
    ) -> tuple[httpx.Response, bytes]:
        """Send one attempt and read its body within the size limit and the call's deadline."""
        response = await self._http.send(prepared.request(self.timeout_extension(timeout)), stream=True)
        try:
            body = bytearray()
            async for chunk in response.aiter_bytes():
                self.take_chunk(body, chunk, deadline, action, prepared.url)
        finally:
            await response.aclose()
        return response, bytes(body)

    async def aclose(self) -> None:
        await self._http.aclose()
