"""What a regenerate run did, for the command line to report, and the timing of its stages."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from codegen.spec.diff import ApiDiff
    from codegen.spec.model import Conflict, ServiceSpec

STAGES = ("fingerprints", "read", "parse", "merge", "spec", "render", "format", "write")


@dataclass(frozen=True)
class Stale:
    path: str
    reason: str


@dataclass(frozen=True)
class SpecSummary:
    """What the report says of one spec; the spec itself is not kept once its files are made."""

    service: str
    version: str
    actions: int
    structures: int
    undefined: int  # structures the documents name but do not define
    errors: int
    conflicts: tuple[Conflict, ...]
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, spec: ServiceSpec) -> SpecSummary:
        return cls(
            spec.service,
            spec.version,
            len(spec.actions),
            len(spec.structures),
            sum(1 for s in spec.structures.values() if not s.defined),
            len(spec.errors),
            tuple(spec.conflicts),
            tuple(spec.warnings),
        )


@dataclass
class Summary:
    specs: list[SpecSummary] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: {s: 0.0 for s in STAGES})
    written: list[str] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)  # files in the output folder that codegen did not write
    recovered: str | None = None
    api_changes: list[ApiDiff] = field(default_factory=list)
    formatted: int = 0
    seconds: float = 0.0
    current: bool = False  # the fingerprints matched: nothing was read, rendered or written

    @property
    def conflicts(self) -> int:
        return sum(len(s.conflicts) for s in self.specs)


@contextmanager
def stage(summary: Summary, name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        summary.timings[name] += time.perf_counter() - start
