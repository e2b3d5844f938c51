"""Benchmark of `codegen regenerate`: every figure of issue 11's table, as Markdown beside its target.

    .venv/bin/python benchmarks/bench_regenerate.py [--scenarios cold,incremental,edit,scaling,import]
        [--rounds 7] [--scaling-rounds 3] [--scales 1,2,4,8] [--revision HEAD] [--output FILE]

The code measured is this checkout's, run as `python -m codegen` with the interpreter that runs this script. The
project measured is the one committed at --revision (pyproject.toml, spec/ and its sources, generated/), taken with
`git archive` into a throw-away repository, never the working tree or its caches. Every round is a fresh process on
a fresh folder: a copy of the configuration and sources (cold), a `git clone` (committed outputs, no caches), or the
project the scenario is at. Scenarios:

  cold         regenerate from sources alone, and openapi-python-client generating the live API from
               `codegen export openapi` without post hooks (the peer), in the same rounds; ratio per round
  incremental  no-op regenerate and `--check` on a current tree; `--check` in fresh clones
  edit         one description in the middle of the 1.66 MB live manual edited (a different word each round),
               with warm caches; and the same edit as the first run in fresh clones
  scaling      the live manual configured as 1, 2, 4, 8 services (its request domains renamed live, live2, ...):
               cold and no-op times and the whole job's peak RSS, the peer's time per action, a least-squares fit
               and its extrapolation to 10,000 actions
  import       the generated client's import time in a virtual environment holding only httpx

The peer and the httpx-only environment are virtual environments of their own, made on first use under --venvs
(default .cache/bench-venvs, kept between runs). The default run takes about 15 minutes once regenerate is fast.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from regenbench.envs import HTTPX_REQUIREMENT, PEER_REQUIREMENT, environment
from regenbench.measure import BenchmarkError
from regenbench.projects import snapshot
from regenbench.report import (
    cold_details,
    edit_details,
    import_details,
    incremental_details,
    scaling_details,
    summary,
)
from regenbench.scenarios import IMPORT_STATEMENT, Bench, cold, edits, imports, incremental, prepare_peer, scaling

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")
SCENARIOS = ("cold", "incremental", "edit", "scaling", "import")


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--scenarios", default=",".join(SCENARIOS), help="comma-separated, from: " + ", ".join(SCENARIOS)
    )
    parser.add_argument("--rounds", type=int, default=7, help="rounds of each scenario but scaling (default 7)")
    parser.add_argument("--scaling-rounds", type=int, default=3, help="rounds of each size (default 3)")
    parser.add_argument("--scales", default="1,2,4,8", help="how many services the manual is configured as")
    parser.add_argument("--later-imports", type=int, default=5, help="imports with bytecode after each first one")
    parser.add_argument("--import-statement", default=IMPORT_STATEMENT)
    parser.add_argument("--revision", default="HEAD", help="the committed project to measure on (default HEAD)")
    parser.add_argument("--venvs", type=Path, default=ROOT / ".cache" / "bench-venvs", help="benchmark environments")
    parser.add_argument("--output", "-o", type=Path, help="write the report here as well as to standard output")
    parser.add_argument("--keep", type=Path, help="work in this new folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    args.scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    unknown = set(args.scenarios) - set(SCENARIOS)
    if unknown or args.rounds < 1 or args.scaling_rounds < 1:
        parser.error(f"unknown scenario {', '.join(sorted(unknown))}" if unknown else "rounds must be at least 1")
    args.scales = sorted({int(n) for n in args.scales.split(",")})
    return args


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    return (
        f"{model}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def header(args: argparse.Namespace, load_before: str, versions: list[str]) -> str:
    dirty = " (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else ""
    command = shlex.join(["python", "benchmarks/bench_regenerate.py", *sys.argv[1:]])
    load_after = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return "\n".join(
        [
            "## Regenerate benchmark (issue 11)",
            "",
            f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
            f"- Machine: {machine()}; load average (1, 5, 15 min) {load_before} at the start, {load_after} at the end",
            f"- Code: {git('rev-parse', '--short', 'HEAD')}{dirty}; project measured: `git archive` of {args.revision}",
            f"- Versions: {', '.join(versions)}",
            f"- Command: `{command}`",
            f"- Rounds: {args.rounds} per scenario"
            + (f", {args.scaling_rounds} per size in the scaling run" if "scaling" in args.scenarios else ""),
            "- Each figure: a fresh process on a fresh folder; wall time of that process; CPU = user + system of it and "
            "its workers. Median (range) over the rounds; where marked, round 1 (the first run after the "
            "benchmark took its snapshot: files may not be in the page cache yet) is left out of the median and shown "
            "apart; the no-op and edit runs have their caches only from runs in the same scenario.",
        ]
    )


def main() -> int:
    args = arguments()
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    versions = [f"tc-codegen {metadata.version('tc-codegen')}", f"black {metadata.version('black')}"]
    failures: list[str] = []

    def attempt(name: str, scenario: Callable[[], T]) -> T | None:
        """The scenario's result; a failed scenario is reported and the others still run."""
        if name not in args.scenarios:
            return None
        try:
            return scenario()
        except BenchmarkError as error:
            failures.append(f"**The {name} scenario failed:**\n\n```\n{str(error).strip()}\n```")
            print(f"bench_regenerate: {name}: {error}", file=sys.stderr)
            return None

    with tempfile.TemporaryDirectory(prefix="bench-regenerate-") as scratch:
        work = args.keep or Path(scratch)
        bench = Bench(work, snapshot(ROOT, args.revision, work / "snapshot"), args.rounds)
        peer = None
        if {"cold", "scaling"} & set(args.scenarios):
            peer_env = environment(args.venvs / "peer", PEER_REQUIREMENT)
            versions.append(f"openapi-python-client {peer_env.version('openapi-python-client')} (own venv)")
            peer = prepare_peer(bench, peer_env)
        cold_result = attempt("cold", lambda: cold(bench, peer) if peer else None)
        incremental_result = attempt("incremental", lambda: incremental(bench))
        edit_result = attempt("edit", lambda: edits(bench))
        scaling_result = attempt(
            "scaling", lambda: scaling(bench, peer, args.scales, args.scaling_rounds) if peer else None
        )
        import_result = attempt(
            "import",
            lambda: imports(
                bench,
                environment(args.venvs / "httpx-only", HTTPX_REQUIREMENT),
                args.import_statement,
                args.later_imports,
            ),
        )
        sections = [header(args, load_before, versions), *failures]
        if cold_result or incremental_result or edit_result or scaling_result:
            sections.append(summary(cold_result, incremental_result, edit_result, scaling_result))
        if cold_result:
            sections.append("### Cold regenerate and the peer\n\n" + cold_details(cold_result))
        if incremental_result:
            sections.append("### No-op and check\n\n" + incremental_details(incremental_result))
        if edit_result:
            sections.append("### One description edited in the middle of the manual\n\n" + edit_details(edit_result))
        if scaling_result:
            sections.append("### Scaling: the live manual as several services\n\n" + scaling_details(scaling_result))
        if import_result:
            sections.append("### Import time of the generated client\n\n" + import_details(import_result))
    text = "\n\n".join(sections) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text, "utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
