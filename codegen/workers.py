"""Independent jobs run in worker processes: how many workers, and the results in the order of the jobs."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Generator, Iterable
from typing import TypeVar

from codegen.errors import CodegenError

Job = TypeVar("Job")
Result = TypeVar("Result")
WORKERS_ENV = "CODEGEN_JOBS"


def available_workers() -> int:
    """Worker processes codegen may run: $CODEGEN_JOBS when set, else one per CPU."""
    return max(1, int(os.environ.get(WORKERS_ENV, "0") or 0) or os.cpu_count() or 1)


def worker_count(jobs: int | None, todo: int) -> int:
    """Workers for `todo` jobs: `jobs` when given, else `available_workers()`; never more than the jobs."""
    return max(1, min(jobs or available_workers(), todo))


def run_jobs(function: Callable[[Job], Result], jobs: Iterable[Job], workers: int) -> Generator[Result, None, None]:
    """`function` of each job, in the jobs' order: in this process when `workers` is 1, else in that many forked
    processes, which start with everything this process has imported. An exception a job raises is raised here."""
    jobs = list(jobs)
    if workers <= 1 or len(jobs) <= 1 or not _can_fork():
        yield from map(function, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor  # loaded only when there are workers to start
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=multiprocessing.get_context("fork"))
    try:
        # a few batches per worker: one job at a time would cost a round trip each, one batch each leaves a worker
        # idle when its batch is the quick one
        yield from pool.map(function, jobs, chunksize=max(1, len(jobs) // (workers * 4)))
    except BrokenProcessPool:
        raise CodegenError(
            f"a worker process ended abruptly (killed, or out of memory?); {WORKERS_ENV}=1 runs everything in one process"
        ) from None
    finally:
        pool.shutdown(cancel_futures=True)  # after a failed job, the jobs not yet started are not run


def _can_fork() -> bool:
    # fork is cheap and inherits the loaded modules on Linux; macOS's system libraries are not safe to fork
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
