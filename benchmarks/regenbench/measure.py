"""One measured process, and the median and range of several."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

PROBE = Path(__file__).with_name("probe.py")


class BenchmarkError(Exception):
    """A measured command failed or did not do what the scenario needs; the figures would be meaningless."""


@dataclass(frozen=True)
class Sample:
    wall: float
    cpu: float
    rss_mb: float
    tree_mb: float
    returncode: int
    stdout: str



def user_environment() -> dict[str, str]:
    """This process's environment as a user's shell would have it: Python writes bytecode (a development shell may
    say otherwise, which would make every measured run compile codegen from source)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

def measure(
    command: list[str],
    cwd: Path,
    env: dict[str, str] | None = None,
    accept: tuple[int, ...] = (0,),
    sample_memory: float = 0.0,
) -> Sample:
    """Run `command` in a fresh probe process and return what it cost; a return code outside `accept` is an error.
    `sample_memory`: seconds between samples of the whole process tree's RSS (0: only the largest process's)."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result = Path(handle.name)
    try:
        done = subprocess.run(
            [sys.executable, str(PROBE), str(result), str(sample_memory), *command],
            cwd=cwd,
            env={**user_environment(), **(env or {})},
            capture_output=True,
            text=True,
        )
        if done.returncode != 0 or not result.stat().st_size:
            raise BenchmarkError(f"the probe failed on {' '.join(command)}:\n{done.stderr}")
        figures = json.loads(result.read_text("utf-8"))
    finally:
        result.unlink(missing_ok=True)
    if figures["returncode"] not in accept:
        raise BenchmarkError(
            f"{' '.join(command)} in {cwd} exited {figures['returncode']}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    return Sample(stdout=done.stdout, **figures)


@dataclass
class Series:
    """Figures of one quantity over rounds, in round order."""

    values: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def tail(self) -> Series:
        """The rounds after the first (all of them when there is only one)."""
        return Series(self.values[1:] or list(self.values))
