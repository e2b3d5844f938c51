"""The retry rule and backoff (RetryPolicy) and the token-bucket rate limiter."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from tcapi.runtime import errors
from tcapi.runtime.errors import (
    APIError,
    InvalidResponseError,
    NetworkError,
    RequestTimeoutError,
    ServerError,
    ValidationError,
)
from tcapi.runtime.ratelimit import RateLimiter, TokenBucket
from tcapi.runtime.retry import ALWAYS, IF_IDEMPOTENT, NEVER, RetryPolicy, is_retryable, retry_kind


def api(code: str) -> APIError:
    return errors.resolve_error_class(code, errors.COMMON_ERRORS)("m", code=code)


RULE = [
    # (error, kind)
    (NetworkError("refused", request_sent=False), ALWAYS),
    (RequestTimeoutError("connect timeout", phase="connect", request_sent=False), ALWAYS),
    (RequestTimeoutError("pool timeout", phase="pool", request_sent=False), ALWAYS),
    (api("RequestLimitExceeded"), ALWAYS),
    (api("RequestLimitExceeded.UinLimitExceeded"), ALWAYS),
    (api("RequestLimitExceeded.SomethingNew"), ALWAYS),
    (ServerError(429), ALWAYS),
    (api("InternalError"), IF_IDEMPOTENT),
    (api("InternalError.DbError"), IF_IDEMPOTENT),
    (api("ServiceUnavailable"), IF_IDEMPOTENT),
    (RequestTimeoutError("read timeout", phase="read", request_sent=True), IF_IDEMPOTENT),
    (RequestTimeoutError("write timeout", phase="write", request_sent=True), IF_IDEMPOTENT),
    (NetworkError("dropped", request_sent=True), IF_IDEMPOTENT),
    (ServerError(500), IF_IDEMPOTENT),
    (ServerError(503), IF_IDEMPOTENT),
    (api("InvalidParameterValue"), NEVER),
    (api("AuthFailure.SignatureFailure"), NEVER),
    (api("ResourceNotFound"), NEVER),
    (api("FailedOperation"), NEVER),
    (api("LimitExceeded"), NEVER),  # a quota, not throttling
    (api("RequestLimitExceededButNotReally"), NEVER),  # prefix must end at a dot
    (api("InternalErrorish"), NEVER),
    (InvalidResponseError("body is not JSON"), NEVER),
    (ServerError(404), NEVER),
    (ServerError(302), NEVER),
    (ValidationError([]), NEVER),
    (errors.CredentialError("x"), NEVER),
]


@pytest.mark.parametrize("error,kind", RULE, ids=[f"{type(e).__name__}-{getattr(e, 'code', '')}" for e, _ in RULE])
def test_rule(error: errors.TencentCloudError, kind: str) -> None:
    assert retry_kind(error) == kind
    assert is_retryable(error, idempotent=True) == (kind != NEVER)
    assert is_retryable(error, idempotent=False) == (kind == ALWAYS)


class TestPolicy:
    def test_attempt_bound(self) -> None:
        policy = RetryPolicy(max_attempts=3)
        throttled = api("RequestLimitExceeded")
        assert policy.should_retry(throttled, attempt=1, idempotent=False)
        assert policy.should_retry(throttled, attempt=2, idempotent=False)
        assert not policy.should_retry(throttled, attempt=3, idempotent=False)
        assert not RetryPolicy.disabled().should_retry(throttled, attempt=1, idempotent=True)

    def test_full_jitter_bounds(self) -> None:
        policy = RetryPolicy(base_delay=0.1, max_delay=1.0, throttle_base_delay=0.5, random=lambda: 1.0)
        assert [policy.backoff(n) for n in range(1, 7)] == [0.1, 0.2, 0.4, 0.8, 1.0, 1.0]
        throttled = api("RequestLimitExceeded")
        assert [policy.backoff(n, throttled) for n in range(1, 4)] == [0.5, 1.0, 1.0]
        assert RetryPolicy(random=lambda: 0.0).backoff(5) == 0.0
        half = RetryPolicy(base_delay=0.2, random=lambda: 0.5)
        assert half.backoff(2) == pytest.approx(0.2)
        assert RetryPolicy(max_delay=3.0).backoff(10_000) <= 3.0  # no overflow for huge retry numbers

    def test_real_random_stays_within_bounds(self) -> None:
        policy = RetryPolicy(base_delay=0.2, max_delay=5.0)
        for n in range(1, 10):
            ceiling = min(5.0, 0.2 * 2 ** (n - 1))
            for _ in range(50):
                assert 0.0 <= policy.backoff(n) <= ceiling

    def test_with_max_attempts_keeps_hooks(self) -> None:
        slept: list[float] = []
        policy = RetryPolicy(sleep=slept.append, random=lambda: 1.0).with_max_attempts(5)
        assert policy.max_attempts == 5
        policy.sleep(policy.backoff(1))
        assert slept == [0.2]

    @pytest.mark.parametrize("bad", [0, -1, 1.5, True])
    def test_invalid_attempts(self, bad: object) -> None:
        with pytest.raises(ValueError):
            RetryPolicy(max_attempts=bad)  # type: ignore[arg-type]


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class TestTokenBucket:
    def test_reservations_space_calls(self) -> None:
        clock = FakeClock()
        bucket = TokenBucket(rate=10, burst=1, clock=clock)
        assert [bucket.reserve() for _ in range(4)] == pytest.approx([0.0, 0.1, 0.2, 0.3])

    def test_refills_over_time_up_to_burst(self) -> None:
        clock = FakeClock()
        bucket = TokenBucket(rate=10, burst=3, clock=clock)
        assert [bucket.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
        assert bucket.reserve() == pytest.approx(0.1)
        clock.now += 10  # long idle: refills to burst only
        assert [bucket.reserve() for _ in range(3)] == [0.0, 0.0, 0.0]
        assert bucket.reserve() == pytest.approx(0.1)

    def test_validation(self) -> None:
        with pytest.raises(ValueError):
            TokenBucket(rate=0)
        with pytest.raises(ValueError):
            TokenBucket(rate=1, burst=0.5)

    def test_threads_stay_within_rate(self) -> None:
        # 20 calls at 100/s with a bucket of 1, from 4 threads at once: each waits for its own 10 ms slot.
        clock = FakeClock()
        waits: list[float] = []
        lock = threading.Lock()
        limiter = RateLimiter({"A": 100}, clock=clock, sleep=lambda seconds: None)

        def worker() -> None:
            for _ in range(5):
                waited = limiter.acquire("A")
                with lock:
                    waits.append(waited)

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5)
        assert sorted(waits) == pytest.approx([n * 0.01 for n in range(20)])

    def test_async_callers_are_paced_without_blocking_the_loop(self) -> None:
        limiter = RateLimiter({"A": 50}, clock=FakeClock(), sleep=self.forbidden_sleep)
        ran_while_waiting: list[int] = []

        async def main() -> list[float]:
            async def other_task() -> None:
                while True:
                    await asyncio.sleep(0.001)
                    ran_while_waiting.append(1)

            task = asyncio.ensure_future(other_task())
            waits = await asyncio.gather(*(limiter.acquire_async("A") for _ in range(6)))
            task.cancel()
            return list(waits)

        assert asyncio.run(main()) == pytest.approx([0.0, 0.02, 0.04, 0.06, 0.08, 0.1])
        assert ran_while_waiting  # the loop kept running other tasks while callers waited

    @staticmethod
    def forbidden_sleep(seconds: float) -> None:
        raise AssertionError("acquire_async must not block the event loop with time.sleep")

    def test_unlimited_actions_and_injected_sleep(self) -> None:
        slept: list[float] = []
        clock = FakeClock()
        limiter = RateLimiter({"A": 20, "B": 0}, clock=clock, sleep=slept.append)
        for _ in range(3):
            limiter.acquire("A")
            limiter.acquire("B")
            limiter.acquire("Unknown")
        assert slept == pytest.approx([0.05, 0.1])
        assert limiter.limits == {"A": 20.0}
