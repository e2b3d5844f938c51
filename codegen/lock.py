"""One regenerate at a time per project: an advisory lock (flock) on the project's root folder."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from codegen.errors import CodegenError

WAIT_SECONDS = 10.0


@contextmanager
def project_lock(root: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the project's lock for the block; wait up to `wait` seconds for another run to finish, then fail.
    The lock goes with the process: a killed run never leaves it held."""
    fd = os.open(root, os.O_RDONLY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise CodegenError(
                        f"{root}: another codegen run is regenerating this project (waited {wait:g}s); "
                        "try again when it has finished"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)
