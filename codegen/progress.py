"""Progress on a terminal: the step that is running, once it has taken more than a second; nothing in CI or a pipe."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TextIO

CLEAR_LINE = "\r\x1b[K"

# Held while the progress line is written. A process forked (codegen/workers.py) while the refresh thread is inside
# a write would inherit the stream's lock held by a thread it does not have, and hang flushing it on exit.
_writing = threading.Lock()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_writing.acquire, after_in_parent=_writing.release, after_in_child=_writing.release)


def shows_progress(stream: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """True when `stream` is a terminal a person watches: not in CI (CI set), not a dumb terminal."""
    return stream.isatty() and not environ.get("CI") and environ.get("TERM") != "dumb"


class Progress:
    """Call it with the name of each step as it starts; a step running longer than `delay` seconds is shown (with
    its elapsed time, refreshed by a background thread) on one line of `stream`, cleared when the next step starts
    or the progress is closed. Does nothing unless `enabled` (by default: `shows_progress(stream)`)."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        delay: float = 1.0,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream or sys.stderr
        self.delay = delay
        self.enabled = shows_progress(self.stream) if enabled is None else enabled
        self.clock = clock
        self._step = ""
        self._started = 0.0
        self._shown = ""  # the line on the terminal now
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __call__(self, step: str) -> None:
        if not self.enabled:
            return
        with self._lock:
            self._clear()
            self._step, self._started = step, self.clock()
        if self._thread is None:
            self._thread = threading.Thread(target=self._refresh, name="codegen-progress", daemon=True)
            self._thread.start()

    def tick(self) -> None:
        """Show the running step if it has taken longer than the delay."""
        with self._lock:
            elapsed = self.clock() - self._started
            line = f"codegen: {self._step} ({elapsed:.0f}s)"
            if self._step and elapsed >= self.delay and line != self._shown:
                with _writing:
                    self.stream.write(CLEAR_LINE + line)
                    self.stream.flush()
                self._shown = line

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            self._clear()
            self._step = ""

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def _refresh(self) -> None:
        while not self._stop.wait(0.25):
            self.tick()

    def _clear(self) -> None:
        if self._shown:
            with _writing:
                self.stream.write(CLEAR_LINE)
                self.stream.flush()
            self._shown = ""
