"""Render-stage time of `codegen regenerate`: this checkout (render cache) against a baseline revision.

    python benchmarks/bench_render_cache.py [--rounds 5] [--baseline REV]

Each figure is the `render` stage of `regenerate --timings` (wall time inside the process), median and range over
--rounds fresh processes, with the process's whole wall time beside it:
  no-op     nothing changed since the last run (every cache warm)
  edit-one  one action's description edited in the live manual (spec/sources/live/004_*.txt) before each run, a
            different text each round, every cache warm from the run before
ours runs this checkout's code; baseline runs the code of REV (default: where this branch left main) from a
`git archive` of it put first on PYTHONPATH.
Each works on its own copy of the project (pyproject.toml and spec/sources), warmed by two runs first; the rounds
of the two alternate so that load from other work on the machine falls on both alike."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANUAL = "spec/sources/live/004_79250585f497093e.txt"
DESCRIPTION = "创建直播垫片模板。"  # CreateLivePadTemplate's description


def project_copy(into: Path) -> Path:
    into.mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", into / "pyproject.toml")
    shutil.copytree(ROOT / "spec" / "sources", into / "spec" / "sources")
    return into


def regenerate(project: Path, env: dict[str, str]) -> tuple[float, float]:
    """The render stage and the whole wall time of one `codegen regenerate --timings` process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "regenerate", "--timings"],
        cwd=project,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"regenerate failed in {project}:\n{done.stdout}{done.stderr}")
    match = re.search(r"render ([\d.]+)s", done.stdout.split("timings:")[-1])
    if match is None:
        raise SystemExit(f"no render timing in:\n{done.stdout}")
    return float(match.group(1)), wall


def spread(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:7.1f} ms ({min(values) * 1000:.1f}-{max(values) * 1000:.1f})"


def baseline_code(rev: str, into: Path) -> Path:
    into.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "codegen", "templates"], capture_output=True)
    if archive.returncode != 0:
        raise SystemExit(archive.stderr.decode())
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline")
    args = parser.parse_args()
    if args.baseline is None:
        merge_base = ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"]
        args.baseline = subprocess.run(merge_base, capture_output=True, text=True, check=True).stdout.strip()[:10]
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        variants = {
            "ours": ({}, project_copy(base / "ours")),
            "baseline": ({"PYTHONPATH": str(baseline_code(args.baseline, base / "code"))}, project_copy(base / "base")),
        }
        for env, project in variants.values():
            regenerate(project, env)
            regenerate(project, env)
        results: dict[str, dict[str, list[tuple[float, float]]]] = {n: {"no-op": [], "edit-one": []} for n in variants}
        for _ in range(args.rounds):
            for name, (env, project) in variants.items():
                results[name]["no-op"].append(regenerate(project, env))
        for i in range(args.rounds):
            for name, (env, project) in variants.items():
                manual = project / MANUAL
                text = (ROOT / MANUAL).read_text("utf-8")
                assert DESCRIPTION in text
                manual.write_text(text.replace(DESCRIPTION, f"创建直播垫片模板（第 {i + 1} 次修改）。"), "utf-8")
                results[name]["edit-one"].append(regenerate(project, env))
    print(f"render stage of `codegen regenerate --timings`, median (range) over {args.rounds} fresh processes")
    for case in ("no-op", "edit-one"):
        for name in variants:
            runs = results[name][case]
            render, wall = [r for r, _ in runs], [w for _, w in runs]
            label = name if name == "ours" else f"{name} ({args.baseline})"
            print(f"  {case:9} {label:22} render {spread(render)}   whole process {spread(wall)}")


if __name__ == "__main__":
    main()
