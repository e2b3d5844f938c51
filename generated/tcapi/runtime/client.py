"""Base classes of the generated clients: :class:`BaseClient` (sync) and :class:`AsyncBaseClient` (async).

A generated client subclasses one of them, sets the class attributes below and implements one method per
action that serialises its request model and calls ``self._call(action, params, options)``::

    class LiveClient(BaseClient):
        _service = "live"
        _version = "2018-08-01"
        _endpoint = "live.tencentcloudapi.com"
        _regions = frozenset({"ap-guangzhou", ...})        # empty: do not validate the region
        _rate_limits = {"CreateLiveRecord": 500, ...}      # action -> documented requests per second
        _errors = {"ResourceUnavailable.StreamNotExist": ResourceUnavailableStreamNotExistError, ...}
        _read_only = frozenset({"DescribeLiveStreamState", ...})  # actions safe to retry

        def create_live_record(self, request, options=None):
            result = self._call("CreateLiveRecord", request.to_json(), options)
            return CreateLiveRecordResponse.from_json(result.data)

Importing this module is cheap: httpx, hashing, json and logging are imported when the first client is
constructed (see ``_engine``), never at import time.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging
    from collections.abc import Mapping
    from types import TracebackType
    from typing import Any, ClassVar, Self, TypeVar

    import httpx

    from ._engine import AsyncEngine, Config, SyncEngine
    from .credentials import CredentialProvider
    from .errors import APIError
    from .modeling import Request, Response
    from .ratelimit import RateLimiter
    from .retry import RetryPolicy

    ResponseT = TypeVar("ResponseT", bound=Response)

__all__ = ["BaseClient", "AsyncBaseClient", "CallOptions", "ApiResult", "RawResponse"]


class CallOptions:
    """Per-call options; every field left ``None`` falls back to the client's setting.

    * ``timeout``: seconds (float) or an ``httpx.Timeout``, for each attempt.
    * ``retry``: a :class:`~.retry.RetryPolicy`, or an int: the maximum number of attempts with the
      client's policy otherwise (``1`` disables retries for this call).
    * ``headers``: extra HTTP headers to send (they cannot replace the signed ``X-TC-*`` headers).
    * ``idempotent``: ``True`` allows retrying failures after which the request may have been applied
      (``InternalError``, read timeouts, 5xx, dropped connections) even when the action is not read-only;
      ``False`` forbids it even when it is.  ``None``: the action's read-only flag decides.
    * ``validate``: ``False`` sends the request without checking it against the documents (for values the
      documents get wrong); ``None``: the client's ``validate`` setting decides.
    """

    __slots__ = ("timeout", "retry", "headers", "idempotent", "validate")
    __match_args__ = ("timeout", "retry", "headers", "idempotent", "validate")

    def __init__(
        self,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | int | None = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool | None = None,
        validate: bool | None = None,
    ) -> None:
        self.timeout = timeout
        self.retry = retry
        self.headers = headers
        self.idempotent = idempotent
        self.validate = validate

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CallOptions):
            return NotImplemented
        return (self.timeout, self.retry, self.headers, self.idempotent, self.validate) == (
            other.timeout,
            other.retry,
            other.headers,
            other.idempotent,
            other.validate,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"CallOptions(timeout={self.timeout!r}, retry={self.retry!r}, "
            f"headers={self.headers!r}, idempotent={self.idempotent!r}, validate={self.validate!r})"
        )


class RawResponse:
    """What came back over HTTP for the final attempt of a call."""

    __slots__ = ("status_code", "headers", "request_id", "elapsed_seconds", "attempts")
    __match_args__ = (
        "status_code",
        "headers",
        "request_id",
        "elapsed_seconds",
        "attempts",
    )

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        request_id: str,
        elapsed_seconds: float,
        attempts: int,
    ) -> None:
        self.status_code = status_code
        self.headers = headers
        self.request_id = request_id
        self.elapsed_seconds = elapsed_seconds
        self.attempts = attempts

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RawResponse):
            return NotImplemented
        return (
            self.status_code == other.status_code
            and dict(self.headers) == dict(other.headers)
            and self.request_id == other.request_id
            and self.elapsed_seconds == other.elapsed_seconds
            and self.attempts == other.attempts
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"elapsed_seconds={self.elapsed_seconds:.4f}, attempts={self.attempts})"
        )


class ApiResult:
    """A successful call: ``data`` is the ``Response`` object (including ``RequestId``), ``raw`` the HTTP side."""

    __slots__ = ("data", "raw")
    __match_args__ = ("data", "raw")

    def __init__(self, data: dict[str, Any], raw: RawResponse) -> None:
        self.data = data
        self.raw = raw

    @property
    def request_id(self) -> str:
        return self.raw.request_id

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ApiResult):
            return NotImplemented
        return self.data == other.data and self.raw == other.raw

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ApiResult(data={self.data!r}, raw={self.raw!r})"


class _ClientBase:
    """Configuration shared by the sync and async clients."""

    _service: ClassVar[str] = ""
    _version: ClassVar[str] = ""
    _endpoint: ClassVar[str] = ""
    _regions: ClassVar[frozenset[str]] = frozenset()
    _rate_limits: ClassVar[Mapping[str, int]] = {}
    _read_only: ClassVar[frozenset[str]] = frozenset()

    _config: Config
    _validate: bool = True

    def _checked(self, request: Request[Any], options: CallOptions | None) -> dict[str, Any]:
        """The wire parameters of `request`, validated unless the client or the call says not to."""
        validate = self._validate if options is None or options.validate is None else options.validate
        if validate:
            problems = request.problems()
            if problems:
                from .errors import ValidationError

                raise ValidationError(problems, action=request._action)
        return request.to_dict()

    @staticmethod
    def _parse(request: Request[ResponseT], result: ApiResult) -> ResponseT:
        try:
            response: ResponseT = request.response_class().from_dict(result.data)
        except RecursionError:
            from .errors import InvalidResponseError

            raise InvalidResponseError("response nested too deeply", action=request._action) from None
        response.raw_response = result.raw
        return response

    @property
    def _errors(self) -> Mapping[str, type[APIError]]:
        """Error code → generated class.  Override with a class attribute or a property (read lazily, on
        the first API error, so a property may import the generated errors module only then).
        """
        return {}

    @property
    def service(self) -> str:
        return self._config.service

    @property
    def version(self) -> str:
        return self._config.version

    @property
    def region(self) -> str | None:
        return self._config.region

    @property
    def endpoint(self) -> str:
        """The base URL requests go to, e.g. ``https://live.tencentcloudapi.com``."""
        return self._config.base_url

    @property
    def language(self) -> str | None:
        return self._config.language

    @property
    def http_method(self) -> str:
        return self._config.method

    def __repr__(self) -> str:
        return f"{type(self).__name__}(region={self.region!r}, endpoint={self.endpoint!r})"


class BaseClient(_ClientBase):
    """Synchronous client.  Use as a context manager, or call :meth:`close`, to release the connection pool.

    Arguments: ``credential`` (a :class:`~.credentials.Credential` or any credential provider; default: the
    environment variables, then ``~/.tencentcloud/credentials``), ``region`` (validated against ``_regions``
    when that is not empty), and keyword-only:

    * ``endpoint``: host name or base URL that replaces the computed endpoint (wins over the two below);
    * ``international``: use ``<service>.intl.tencentcloudapi.com``;
    * ``regional_endpoint``: use ``<service>.<region>.tencentcloudapi.com``;
    * ``language``: ``"zh-CN"`` or ``"en-US"``, sent as ``X-TC-Language``;
    * ``timeout``: seconds (float) or ``httpx.Timeout`` per attempt, default 60;
    * ``retry``: a :class:`~.retry.RetryPolicy` (default: 3 attempts, see :mod:`.retry` for what is retried);
    * ``rate_limit``: ``True`` paces calls to the documented per-action limits; a
      :class:`~.ratelimit.RateLimiter` to share one budget between clients;
    * ``transport``: an ``httpx.BaseTransport`` (tests pass ``httpx.MockTransport``);
    * ``http_method``: ``"POST"`` (JSON body, default) or ``"GET"`` (query string);
    * ``logger``: a :class:`logging.Logger`, default the logger named after the generated package;
    * ``validate``: ``False`` sends requests without checking them against the documents (also per call:
      ``CallOptions(validate=False)``);
    * ``max_response_bytes``: a larger body raises ``InvalidResponseError`` (default 32 MiB).

    ``timeout`` bounds each whole attempt, reading the body included (the longest phase of an
    ``httpx.Timeout``).
    """

    def __init__(
        self,
        credential: CredentialProvider | None = None,
        region: str | None = None,
        *,
        endpoint: str | None = None,
        international: bool = False,
        regional_endpoint: bool = False,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = 60.0,
        retry: RetryPolicy | None = None,
        rate_limit: bool | RateLimiter = False,
        transport: httpx.BaseTransport | None = None,
        http_method: str = "POST",
        logger: logging.Logger | None = None,
        validate: bool = True,
        max_response_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        from ._engine import Config, SyncEngine

        self._config = Config.create(
            self,
            credential=credential,
            region=region,
            endpoint=endpoint,
            international=international,
            regional_endpoint=regional_endpoint,
            language=language,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            http_method=http_method,
            logger=logger,
            max_response_bytes=max_response_bytes,
        )
        self._validate = bool(validate)
        self._engine: SyncEngine = SyncEngine(self._config, transport)

    def _call(self, action: str, params: dict[str, Any], options: CallOptions | None = None) -> ApiResult:
        """Sign and send ``action`` with the serialised request ``params``; raise or return the result."""
        return self._engine.call(action, params, options)

    def send(self, request: Request[ResponseT], *, options: CallOptions | None = None) -> ResponseT:
        """Validate `request` (unless switched off), send it, and parse the answer into its response model."""
        result = self._engine.call(request._action, self._checked(request, options), options)
        return self._parse(request, result)

    def call(
        self, action: str, params: Mapping[str, Any] | None = None, *, options: CallOptions | None = None
    ) -> dict[str, Any]:
        """Send any action with wire parameters as they are (actions and parameters the documents lack too);
        return the parsed ``Response`` object, ``RequestId`` included."""
        return self._engine.call(action, dict(params or {}), options).data

    def close(self) -> None:
        """Close the connection pool.  The client cannot be used afterwards."""
        self._engine.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBaseClient(_ClientBase):
    """Asynchronous client with the same arguments as :class:`BaseClient` (``transport`` is an
    ``httpx.AsyncBaseTransport``).  Use ``async with``, or ``await client.aclose()``."""

    def __init__(
        self,
        credential: CredentialProvider | None = None,
        region: str | None = None,
        *,
        endpoint: str | None = None,
        international: bool = False,
        regional_endpoint: bool = False,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = 60.0,
        retry: RetryPolicy | None = None,
        rate_limit: bool | RateLimiter = False,
        transport: httpx.AsyncBaseTransport | None = None,
        http_method: str = "POST",
        logger: logging.Logger | None = None,
        validate: bool = True,
        max_response_bytes: int = 32 * 1024 * 1024,
    ) -> None:
        from ._engine import AsyncEngine, Config

        self._config = Config.create(
            self,
            credential=credential,
            region=region,
            endpoint=endpoint,
            international=international,
            regional_endpoint=regional_endpoint,
            language=language,
            timeout=timeout,
            retry=retry,
            rate_limit=rate_limit,
            http_method=http_method,
            logger=logger,
            max_response_bytes=max_response_bytes,
        )
        self._validate = bool(validate)
        self._engine: AsyncEngine = AsyncEngine(self._config, transport)

    async def _call(self, action: str, params: dict[str, Any], options: CallOptions | None = None) -> ApiResult:
        """Sign and send ``action`` with the serialised request ``params``; raise or return the result."""
        return await self._engine.call(action, params, options)

    async def send(self, request: Request[ResponseT], *, options: CallOptions | None = None) -> ResponseT:
        """Validate `request` (unless switched off), send it, and parse the answer into its response model."""
        result = await self._engine.call(request._action, self._checked(request, options), options)
        return self._parse(request, result)

    async def call(
        self, action: str, params: Mapping[str, Any] | None = None, *, options: CallOptions | None = None
    ) -> dict[str, Any]:
        """Send any action with wire parameters as they are (actions and parameters the documents lack too);
        return the parsed ``Response`` object, ``RequestId`` included."""
        result = await self._engine.call(action, dict(params or {}), options)
        return result.data

    async def aclose(self) -> None:
        """Close the connection pool.  The client cannot be used afterwards."""
        await self._engine.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
