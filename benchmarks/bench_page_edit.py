"""Benchmark of `codegen regenerate` after one description in the middle of the live manual is edited, with a warm
cache, this checkout's code against a baseline's.

    python benchmarks/bench_page_edit.py [--rounds 5] [--baseline REV]

Each code gets its own copy of the project (pyproject.toml, spec/, generated/) and one `regenerate` to warm its
caches. Then, round by round and interleaved so that load from other work on the machine falls on both alike, the
description on line 25197 of spec/sources/live/004_79250585f497093e.txt (of 61,875; DescribeLiveWatermarks'
WatermarkId) gets a new wording on the same line and a fresh process runs `codegen regenerate --timings`. Reported:
median and range of wall time, CPU time (user + system) and the read and parse stages, per code.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANUAL = Path("spec/sources/live/004_79250585f497093e.txt")
DESCRIPTION = "DescribeLiveWatermarks接口返回的水印 ID。"


def project_copy(into: Path) -> Path:
    into.mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", into / "pyproject.toml")
    shutil.copytree(ROOT / "spec", into / "spec")
    shutil.copytree(ROOT / "generated", into / "generated")
    return into


def regenerate(project: Path, env: dict[str, str]) -> tuple[float, float, dict[str, float]]:
    """Wall time, CPU time and the stage timings of one `codegen regenerate --timings` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "regenerate", "--timings"],
        cwd=project,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"codegen regenerate failed in {project}:\n{done.stderr}")
    stages = {name: float(value) for name, value in re.findall(r"(\w+) ([\d.]+)s", done.stdout.split("timings:")[-1])}
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), stages


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):5.2f} s ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", default="main", help="git revision to compare with (default: main)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        code = base / "baseline-code"
        code.mkdir()
        archive = subprocess.run(
            ["git", "archive", args.baseline, "codegen", "templates"], cwd=ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
        variants = {"ours": {}, f"baseline ({args.baseline})": {"PYTHONPATH": str(code)}}
        projects = {name: project_copy(base / f"project-{i}") for i, name in enumerate(variants)}
        original = (ROOT / MANUAL).read_text("utf-8")
        assert original.count(DESCRIPTION) == 1
        for name, env in variants.items():
            regenerate(projects[name], env)  # warm the caches
        results: dict[str, list[tuple[float, float, dict[str, float]]]] = {name: [] for name in variants}
        for i in range(args.rounds):
            for name, env in variants.items():
                edited = original.replace(DESCRIPTION, f"DescribeLiveWatermarks 接口返回的水印 ID（第 {i + 1} 次修改）。")
                (projects[name] / MANUAL).write_text(edited, "utf-8")
                results[name].append(regenerate(projects[name], env))
    print(f"regenerate after one description of the live manual is edited, warm cache, {args.rounds} fresh processes")
    print("median (range)")
    for name, runs in results.items():
        print(
            f"  {name:<16} wall {spread([r[0] for r in runs])}  CPU {spread([r[1] for r in runs])}"
            f"  read {spread([r[2].get('read', 0.0) for r in runs])}  parse {spread([r[2].get('parse', 0.0) for r in runs])}"
        )


if __name__ == "__main__":
    main()
