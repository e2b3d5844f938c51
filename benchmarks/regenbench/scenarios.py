"""The scenarios of issue 11's table. Each round of each scenario is a fresh process on a fresh project folder."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from regenbench.envs import Environment
from regenbench.measure import BenchmarkError, Sample, Series, measure
from regenbench.projects import (
    MANUAL,
    Edit,
    Snapshot,
    clone,
    counted_actions,
    middle_description,
    scaled_project,
    service_names,
    sources_copy,
)

IMPORT_STATEMENT = "from tcapi.live.v20180801 import LiveClient"
PEER_CONFIG = "post_hooks: []\n"
MEMORY_INTERVAL = 0.2


@dataclass
class Runs:
    """Wall time, CPU time (user + system, workers included) and memory of one scenario, round by round."""

    wall: Series = field(default_factory=Series)
    cpu: Series = field(default_factory=Series)
    rss: Series = field(default_factory=Series)
    job: Series = field(default_factory=Series)

    def add(self, sample: Sample) -> Sample:
        self.wall.add(sample.wall)
        self.cpu.add(sample.cpu)
        self.rss.add(sample.rss_mb)
        self.job.add(max(sample.rss_mb, sample.tree_mb))
        return sample


@dataclass
class Bench:
    """What the scenarios share: the measured code's interpreter, a scratch folder, the committed project."""

    work: Path
    snap: Snapshot
    rounds: int
    _names: itertools.count[int] = field(default_factory=itertools.count)

    def folder(self, label: str) -> Path:
        return self.work / f"{label}-{next(self._names)}"

    def regenerate(self, project: Path, *options: str, accept: tuple[int, ...] = (0,), memory: bool = False) -> Sample:
        """`codegen regenerate` as a fresh process in `project`; user-level caches live beside the project, so a
        fresh project has none. `memory`: sample the whole process tree's RSS too."""
        env = {"XDG_CACHE_HOME": str(project.with_name(project.name + ".user-cache")), "CI": "true"}
        command = [sys.executable, "-m", "codegen", "regenerate", *options]
        return measure(command, project, env, accept, MEMORY_INTERVAL if memory else 0.0)


@dataclass(frozen=True)
class Peer:
    """openapi-python-client, in its own environment, generating the live API from `codegen export openapi`."""

    env: Environment
    document: Path
    config: Path
    actions: int

    def generate(self, output: Path) -> Sample:
        command = [str(self.env.python), "-m", "openapi_python_client", "generate", "--meta", "none"]
        command += ["--path", str(self.document), "--config", str(self.config), "--output-path", str(output)]
        return measure(command, output.parent)


def prepare_peer(bench: Bench, env: Environment) -> Peer:
    folder = bench.folder("openapi")
    measure([sys.executable, "-m", "codegen", "export", "openapi", "live", "-o", str(folder)], bench.snap.repo)
    document = next(folder.glob("live-*.openapi.json"))
    config = folder / "config.yaml"
    config.write_text(PEER_CONFIG, "utf-8")
    paths = json.loads(document.read_text("utf-8"))["paths"]
    return Peer(env, document, config, sum(len(operations) for operations in paths.values()))


@dataclass
class Cold:
    ours: Runs = field(default_factory=Runs)
    peer: Runs = field(default_factory=Runs)
    stages: dict[str, Series] = field(default_factory=dict)
    actions: int = 0


def cold(bench: Bench, peer: Peer) -> Cold:
    """Ours and the peer in the same rounds, one after the other, each on a fresh copy."""
    result = Cold()
    for _ in range(bench.rounds):
        project = sources_copy(bench.snap, bench.folder("cold"))
        sample = result.ours.add(bench.regenerate(project, "--timings"))
        for stage, seconds in stage_timings(sample.stdout).items():
            result.stages.setdefault(stage, Series()).add(seconds)
        result.actions = counted_actions(project)
        result.peer.add(peer.generate(bench.folder("peer")))
    return result


def stage_timings(stdout: str) -> dict[str, float]:
    line = next((line for line in stdout.splitlines() if line.startswith("timings:")), "")
    return {name: float(seconds) for name, seconds in re.findall(r"([\w-]+) ([\d.]+)s", line)}


@dataclass
class Incremental:
    noop: Runs = field(default_factory=Runs)
    check: Runs = field(default_factory=Runs)
    fresh_check: Runs = field(default_factory=Runs)


def incremental(bench: Bench) -> Incremental:
    """No-op regenerate and `--check` on a tree the same process tree just made; `--check` in fresh clones."""
    result = Incremental()
    project = sources_copy(bench.snap, bench.folder("current"))
    bench.regenerate(project)
    for _ in range(bench.rounds):
        result.noop.add(bench.regenerate(project))
    for _ in range(bench.rounds):
        result.check.add(bench.regenerate(project, "--check"))
    for _ in range(bench.rounds):
        fresh = clone(bench.snap, bench.folder("clone"))
        try:
            result.fresh_check.add(bench.regenerate(fresh, "--check"))
        except BenchmarkError as error:
            raise BenchmarkError(f"the committed spec/ and generated/ are not current: {error}") from None
    return result


@dataclass
class Edits:
    place: Edit
    warm: Runs = field(default_factory=Runs)
    first_after_clone: Runs = field(default_factory=Runs)


def edits(bench: Bench) -> Edits:
    """One description in the middle of the manual gets a different word each round: with warm caches (the project
    regenerated from scratch once before), and as the first run in a fresh clone."""
    project = sources_copy(bench.snap, bench.folder("edit"))
    place = middle_description(next(project.glob(MANUAL)))
    result = Edits(place)
    bench.regenerate(project)
    for number in range(bench.rounds):
        result.warm.add(_edited_regenerate(bench, project, place, f" benchwarm{number}"))
    for number in range(bench.rounds):
        fresh = clone(bench.snap, bench.folder("edit-clone"))
        there = Edit(fresh / place.path.relative_to(project), place.line, place.original)
        result.first_after_clone.add(_edited_regenerate(bench, fresh, there, f" benchfirst{number}"))
    return result


def _edited_regenerate(bench: Bench, project: Path, place: Edit, word: str) -> Sample:
    place.apply(word)
    sample = bench.regenerate(project)
    if not any(word in spec.read_text("utf-8") for spec in project.glob("spec/live-*.json")):
        raise BenchmarkError(f"{place.path}:{place.line}: the edit {word!r} did not reach the live spec")
    return sample


@dataclass
class ScalePoint:
    actions: int = 0
    cold: Runs = field(default_factory=Runs)
    noop: Runs = field(default_factory=Runs)


@dataclass
class Scaling:
    rounds: int
    points: dict[int, ScalePoint]
    peer: Runs = field(default_factory=Runs)
    peer_actions: int = 0


def scaling(bench: Bench, peer: Peer, copies: list[int], rounds: int) -> Scaling:
    """The manual configured as 1, 2, 4, 8 services: cold and no-op runs, and the peer once per round."""
    result = Scaling(rounds, {n: ScalePoint() for n in copies}, peer_actions=peer.actions)
    for _ in range(rounds):
        for n, point in result.points.items():
            project = scaled_project(bench.snap, n, bench.folder(f"scale{n}"))
            point.cold.add(bench.regenerate(project, memory=True))
            written = sorted(spec.name.split("-")[0] for spec in project.glob("spec/*-*.json"))
            if written != sorted(service_names(n)):
                raise BenchmarkError(f"the manual configured {n} times gave the specs of {written}")
            point.actions = counted_actions(project)
            point.noop.add(bench.regenerate(project))
            shutil.rmtree(project)
        result.peer.add(peer.generate(bench.folder("peer")))
    return result


@dataclass
class Imports:
    statement: str
    env: Environment
    first: Series = field(default_factory=Series)
    first_process: Series = field(default_factory=Series)
    later: Series = field(default_factory=Series)
    later_process: Series = field(default_factory=Series)


def imports(bench: Bench, env: Environment, statement: str, later: int) -> Imports:
    """Each round: a fresh copy of generated/ (no bytecode), imported once, then `later` more times."""
    result = Imports(statement, env)
    for _ in range(bench.rounds):
        generated = bench.folder("generated")
        shutil.copytree(bench.snap.repo / "generated", generated)
        if any(generated.rglob("__pycache__")):
            raise BenchmarkError(f"{generated} already holds bytecode")
        code = f"import sys, time; sys.path.insert(0, {str(generated)!r}); t = time.perf_counter(); {statement}; "
        code += "print(time.perf_counter() - t)"
        command = [str(env.python), "-I", "-c", code]
        for number in range(later + 1):
            sample = measure(command, generated)
            seconds = float(sample.stdout.strip())
            if number == 0:
                result.first.add(seconds)
                result.first_process.add(sample.wall)
            else:
                result.later.add(seconds)
                result.later_process.add(sample.wall)
    return result
