"""Client-side rate limiting: one token bucket per action, at the documented requests per second.

Each API action documents a default limit ("默认接口请求频率限制：20次/秒"); past it the API answers
``RequestLimitExceeded``.  A client created with ``rate_limit=True`` paces its own calls to stay within the
limits of its ``_rate_limits`` table; actions without a documented limit are not paced.

The bucket works by reservation: taking a token is a few arithmetic operations under a
:class:`threading.Lock` (never held while waiting), which returns how long the caller must wait for its
token; the caller then sleeps outside the lock (``time.sleep`` or ``await asyncio.sleep``).  Callers are
served in arrival order, threads and coroutines can share one limiter, and no asyncio lock (bound to one
event loop) is needed.  ``burst`` is the bucket size: with the default of 1 calls are spaced ``1 / rate``
seconds apart, so no one-second window ever holds more than ``rate + 1`` calls.
"""

from __future__ import annotations

import threading
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Mapping

__all__ = ["TokenBucket", "RateLimiter"]


class TokenBucket:
    """A token bucket filled at ``rate`` tokens per second, holding at most ``burst`` tokens."""

    __slots__ = ("rate", "burst", "_clock", "_lock", "_tokens", "_last")

    def __init__(
        self,
        rate: float,
        burst: float = 1.0,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if not rate > 0:
            raise ValueError("rate must be > 0")
        if not burst >= 1:
            raise ValueError("burst must be >= 1")
        self.rate = float(rate)
        self.burst = float(burst)
        self._clock = clock or time.monotonic
        self._lock = threading.Lock()
        self._tokens = self.burst
        self._last = self._clock()

    def reserve(self) -> float:
        """Take one token; return the seconds the caller must wait before using it (0.0 if available now)."""
        with self._lock:
            now = self._clock()
            elapsed = now - self._last
            self._last = now
            tokens = min(self.burst, self._tokens + max(0.0, elapsed) * self.rate) - 1.0
            self._tokens = tokens
        return 0.0 if tokens >= 0 else -tokens / self.rate


class RateLimiter:
    """Per-action token buckets for the limits in ``limits`` (action → requests per second).

    One limiter can be shared by several clients (sync and async) that should share a budget.
    """

    def __init__(
        self,
        limits: Mapping[str, float],
        *,
        burst: float = 1.0,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._limits = {action: float(rate) for action, rate in limits.items() if rate and rate > 0}
        self._burst = burst
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    @property
    def limits(self) -> Mapping[str, float]:
        return dict(self._limits)

    def _bucket(self, action: str) -> TokenBucket | None:
        bucket = self._buckets.get(action)
        if bucket is None:
            rate = self._limits.get(action)
            if rate is None:
                return None
            with self._lock:
                bucket = self._buckets.get(action)
                if bucket is None:
                    bucket = TokenBucket(rate, max(1.0, min(self._burst, rate)), clock=self._clock)
                    self._buckets[action] = bucket
        return bucket

    def reserve(self, action: str) -> float:
        """Take a token for ``action``; the seconds to wait before sending."""
        bucket = self._bucket(action)
        return 0.0 if bucket is None else bucket.reserve()

    def acquire(self, action: str) -> float:
        """Block until ``action`` may be sent; returns the seconds waited."""
        delay = self.reserve(action)
        if delay > 0:
            (self._sleep or time.sleep)(delay)
        return delay

    async def acquire_async(self, action: str) -> float:
        """Wait (without blocking the event loop) until ``action`` may be sent; returns the seconds waited."""
        delay = self.reserve(action)
        if delay > 0:
            if self._async_sleep is not None:
                await self._async_sleep(delay)
            else:
                import asyncio

                await asyncio.sleep(delay)
        return delay

    def __repr__(self) -> str:
        return f"RateLimiter({len(self._limits)} actions, burst={self._burst})"
