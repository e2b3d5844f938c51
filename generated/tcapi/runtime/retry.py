"""Retries: which failures are retried, how often, and how long to wait.

The rule
========

A failed attempt is retried only when sending the request again cannot apply it twice, unless the
caller says applying it twice is harmless:

always retried (the request was certainly not applied)
    * :class:`~.errors.NetworkError` / :class:`~.errors.RequestTimeoutError` raised before any byte of the
      request was sent (``request_sent is False``): connection refused, DNS failure, connect timeout,
      timeout waiting for a pooled connection;
    * API error ``RequestLimitExceeded`` and every ``RequestLimitExceeded.*`` code: the request was
      throttled, i.e. rejected;
    * HTTP 429 from a gateway (also a rejection).

retried only for idempotent calls (the request may have been applied)
    * API error ``InternalError`` / ``InternalError.*`` and ``ServiceUnavailable`` / ``ServiceUnavailable.*``;
    * read and write timeouts, connections dropped after the request was sent (``request_sent is True``);
    * HTTP 5xx without an API error body.

  A call is idempotent when its action is in the client's ``_read_only`` set (the generator puts
  ``Describe*``-style, read-only actions there), or when the caller passes
  ``CallOptions(idempotent=True)``; ``CallOptions(idempotent=False)`` turns it off for a read-only action.

never retried
    everything else: every other API error code (``InvalidParameter*``, ``AuthFailure*``,
    ``ResourceNotFound*``, ``FailedOperation*``, ...), non-JSON or malformed responses
    (:class:`~.errors.InvalidResponseError`), other HTTP statuses, local validation, credential and region
    errors.

How often and how long
======================

``max_attempts`` bounds the number of HTTP attempts (``1`` disables retries; the default is 3).  Before
retry number *n* (1, 2, ...) the client sleeps a uniformly random time in
``[0, min(max_delay, base * 2 ** (n - 1))]`` ("full jitter"), where ``base`` is ``base_delay``, or
``throttle_base_delay`` after a throttling error (the API's limits are per second, so waiting less than
about a second mostly earns another refusal).  ``sleep``, ``async_sleep`` and ``random`` can be
replaced, which is how the tests run without waiting.
"""

from __future__ import annotations

from .errors import APIError, NetworkError, ServerError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from .errors import TencentCloudError

__all__ = [
    "RetryPolicy",
    "retry_kind",
    "is_retryable",
    "ALWAYS",
    "IF_IDEMPOTENT",
    "NEVER",
]

ALWAYS = "always"
IF_IDEMPOTENT = "if-idempotent"
NEVER = "never"

_THROTTLING_PREFIXES = ("RequestLimitExceeded",)
_TRANSIENT_PREFIXES = ("InternalError", "ServiceUnavailable")


def _has_prefix(code: str, prefixes: tuple[str, ...]) -> bool:
    return any(code == prefix or code.startswith(prefix + ".") for prefix in prefixes)


def is_throttling(error: BaseException) -> bool:
    """Whether ``error`` says the request was throttled."""
    if isinstance(error, APIError):
        return _has_prefix(error.code, _THROTTLING_PREFIXES)
    return isinstance(error, ServerError) and error.status_code == 429


def retry_kind(error: BaseException) -> str:
    """``ALWAYS``, ``IF_IDEMPOTENT`` or ``NEVER``: the rule of this module's docstring, for one error."""
    if isinstance(error, NetworkError):
        return IF_IDEMPOTENT if error.request_sent else ALWAYS
    if isinstance(error, APIError):
        if _has_prefix(error.code, _THROTTLING_PREFIXES):
            return ALWAYS
        if _has_prefix(error.code, _TRANSIENT_PREFIXES):
            return IF_IDEMPOTENT
        return NEVER
    if isinstance(error, ServerError):
        if error.status_code == 429:
            return ALWAYS
        if 500 <= error.status_code <= 599:
            return IF_IDEMPOTENT
    return NEVER


def is_retryable(error: BaseException, *, idempotent: bool) -> bool:
    """Whether the rule allows another attempt after ``error``."""
    kind = retry_kind(error)
    return kind == ALWAYS or (kind == IF_IDEMPOTENT and idempotent)


class RetryPolicy:
    """Bounded retries with exponential backoff and full jitter (see the module docstring for the rule)."""

    __slots__ = (
        "max_attempts",
        "base_delay",
        "max_delay",
        "throttle_base_delay",
        "_sleep",
        "_async_sleep",
        "_random",
    )

    def __init__(
        self,
        max_attempts: int = 3,
        *,
        base_delay: float = 0.2,
        max_delay: float = 8.0,
        throttle_base_delay: float = 1.0,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        if not isinstance(max_attempts, int) or isinstance(max_attempts, bool) or max_attempts < 1:
            raise ValueError("max_attempts must be an integer >= 1")
        if base_delay < 0 or max_delay < 0 or throttle_base_delay < 0:
            raise ValueError("delays must be >= 0")
        self.max_attempts = max_attempts
        self.base_delay = float(base_delay)
        self.max_delay = float(max_delay)
        self.throttle_base_delay = float(throttle_base_delay)
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._random = random

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries (one attempt)."""
        return cls(max_attempts=1)

    def with_max_attempts(self, max_attempts: int) -> RetryPolicy:
        """A copy of this policy with another attempt bound."""
        return RetryPolicy(
            max_attempts,
            base_delay=self.base_delay,
            max_delay=self.max_delay,
            throttle_base_delay=self.throttle_base_delay,
            sleep=self._sleep,
            async_sleep=self._async_sleep,
            random=self._random,
        )

    def should_retry(self, error: TencentCloudError, *, attempt: int, idempotent: bool) -> bool:
        """Whether to make attempt ``attempt + 1`` after ``error`` ended attempt ``attempt``."""
        return attempt < self.max_attempts and is_retryable(error, idempotent=idempotent)

    def backoff(self, retry_number: int, error: BaseException | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1 for the first retry): full jitter, capped."""
        base = self.base_delay
        if error is not None and is_throttling(error):
            base = max(base, self.throttle_base_delay)
        ceiling = min(self.max_delay, base * (2.0 ** min(retry_number - 1, 62)))
        if self._random is not None:
            fraction = self._random()
        else:
            import random

            fraction = random.random()
        return max(0.0, min(ceiling, fraction * ceiling))

    def sleep(self, seconds: float) -> None:
        if self._sleep is not None:
            self._sleep(seconds)
        else:
            import time

            time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        if self._async_sleep is not None:
            await self._async_sleep(seconds)
        else:
            import asyncio

            await asyncio.sleep(seconds)

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_attempts={self.max_attempts}, base_delay={self.base_delay}, "
            f"max_delay={self.max_delay}, throttle_base_delay={self.throttle_base_delay})"
        )
