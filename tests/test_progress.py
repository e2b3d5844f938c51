"""Progress lines: shown on a terminal for steps longer than the delay, never in CI or a pipe."""

from __future__ import annotations

import io
import os

import pytest

from codegen.progress import CLEAR_LINE, Progress, shows_progress


class Terminal(io.StringIO):
    def __init__(self, tty: bool = True) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    "tty, environ, expected",
    [
        (True, {"TERM": "xterm"}, True),
        (False, {"TERM": "xterm"}, False),
        (True, {"TERM": "xterm", "CI": "true"}, False),
        (True, {"TERM": "dumb"}, False),
    ],
)
def test_shown_only_on_a_terminal_outside_ci(tty: bool, environ: dict[str, str], expected: bool) -> None:
    assert shows_progress(Terminal(tty), environ) is expected


def test_a_step_is_shown_once_it_takes_longer_than_the_delay_and_cleared_after() -> None:
    terminal, clock = Terminal(), Clock()
    with Progress(terminal, delay=1.0, enabled=True, clock=clock) as progress:
        progress("reading vod 2018-07-17")
        progress.tick()
        assert terminal.getvalue() == ""  # under a second: nothing
        clock.now += 2.4
        progress.tick()
        assert terminal.getvalue().endswith(f"{CLEAR_LINE}codegen: reading vod 2018-07-17 (2s)")
        progress("rendering")
        assert terminal.getvalue().endswith(CLEAR_LINE)
    shown = terminal.getvalue()
    assert shown == f"{CLEAR_LINE}codegen: reading vod 2018-07-17 (2s){CLEAR_LINE}"  # each change written once


def test_nothing_when_disabled() -> None:
    terminal, clock = Terminal(tty=False), Clock()
    with Progress(terminal, delay=0.0, clock=clock) as progress:
        progress("formatting 38 files")
        clock.now += 5
        progress.tick()
    assert terminal.getvalue() == ""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_fork_waits_for_a_progress_line_being_written() -> None:
    """A worker forked while the refresh thread writes must not inherit the stream mid-write."""
    import threading

    class SlowStream(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.inside = threading.Event()
            self.leave = threading.Event()

        def write(self, text: str) -> int:
            self.inside.set()
            self.leave.wait(5)
            return super().write(text)

        def isatty(self) -> bool:
            return True

    stream = SlowStream()
    progress = Progress(stream, delay=0.0, enabled=True)
    progress("reading")
    assert stream.inside.wait(5)  # the refresh thread is inside a write now
    threading.Timer(0.3, stream.leave.set).start()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    released_before_fork = stream.leave.is_set()
    os.waitpid(pid, 0)
    progress.close()
    assert released_before_fork  # the fork waited for the write to finish
