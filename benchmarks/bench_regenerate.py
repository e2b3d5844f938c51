"""Benchmark of `codegen regenerate` on a copy of this project, and of the generated package's import time.

    python benchmarks/bench_regenerate.py [--rounds 5] [--baseline REV] [--skip-incremental]

Cold rounds (each a fresh process on a fresh copy of the project: no caches, no generated/), interleaved in every
round so that load from other work on the machine falls on all of them alike:
  ours      `codegen regenerate --timings` with this checkout's code
  baseline  the same with the code of REV (default: where this branch left main), run from a `git archive` of it
  peer      openapi-python-client generating the live API from `codegen export openapi` (no post hooks)
Reported: median and range of wall time and of CPU time (user + system of the process and its workers; CPU time
is the steadier figure on a shared machine), the first round (the first run after a clone: no bytecode, no
caches) on its own, the share of the in-process time spent in the format stage (black), and ours ÷ peer.

Then, with this checkout's code only (median and range over --rounds fresh processes):
  cold      empty black cache, no generated/ yet
  warm      nothing changed since the last run
  check     `regenerate --check` on a current tree
  edit-one  one action's document edited (a description word), then regenerate
and the obvious alternative in the same run:
  cold-serial  the cold run formatting with one process (CODEGEN_JOBS=1)
  check-no-cache  `regenerate --check` as in a fresh clone: committed outputs, no caches
Import (bytecode compiled, as after pip install): `import tcapi.<service>.<version>`, importing its client class,
against importing every model eagerly; and the client's first import when Python must compile it."""

from __future__ import annotations

import argparse
import json
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


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "codegen", *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"codegen {' '.join(args)} failed:\n{done.stderr}")
    peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
    return elapsed, peak, done.stdout


def timed(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system, workers included) and stdout of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s ({min(values):.2f}-{max(values):.2f})"


def format_share(stdout: str) -> float:
    """The format stage's share of the in-process time, from `--timings` output."""
    stages = {name: float(value) for name, value in re.findall(r"(\w+) ([\d.]+)s", stdout.split("timings:")[-1])}
    return stages["format"] / sum(stages.values())


def cold_rounds(base: Path, rounds: int, baseline: str) -> None:
    """Ours, the baseline and the peer, cold, interleaved round by round."""
    code = base / "baseline-code"
    code.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", baseline, "codegen", "templates"], cwd=ROOT, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
    documents = base / "openapi"
    subprocess.run([sys.executable, "-m", "codegen", "export", "openapi", "-o", str(documents)], cwd=ROOT, check=True)
    (documents / "config.yaml").write_text("post_hooks: []\n", "utf-8")
    peer = [sys.executable, "-m", "openapi_python_client", "generate", "--meta", "none", "--overwrite"]
    peer += ["--path", str(documents / "live-2018-08-01.openapi.json"), "--config", str(documents / "config.yaml")]
    runs: dict[str, list[tuple[float, float, float]]] = {"ours": [], "baseline": [], "peer": []}
    regenerate = [sys.executable, "-m", "codegen", "regenerate", "--timings"]
    for i in range(rounds):
        wall, cpu, out = timed(regenerate, project_copy(base / f"ours-{i}"))
        runs["ours"].append((wall, cpu, format_share(out)))
        wall, cpu, out = timed(regenerate, project_copy(base / f"baseline-{i}"), {"PYTHONPATH": str(code)})
        runs["baseline"].append((wall, cpu, format_share(out)))
        wall, cpu, _ = timed(peer + ["--output-path", str(base / f"peer-{i}")], base)
        runs["peer"].append((wall, cpu, 0.0))
    print(f"cold regenerate, {rounds} rounds (first round = first run after a clone; median (range) of the others)")
    for name, figures in runs.items():
        first, rest = figures[0], figures[1:] or figures
        line = f"  {name:<9} first wall {first[0]:.2f} s CPU {first[1]:.2f} s | wall {spread([f[0] for f in rest])}"
        line += f"  CPU {spread([f[1] for f in rest])}"
        if name != "peer":
            line += f"  format (black) share {statistics.median(f[2] for f in rest):.0%}"
        print(line)
    for name in ("ours", "baseline"):
        wall = [o[0] / p[0] for o, p in zip(runs[name], runs["peer"])]
        cpu = [o[1] / p[1] for o, p in zip(runs[name], runs["peer"])]
        print(
            f"  {name} ÷ peer, same round: wall {statistics.median(wall):.2f}× ({min(wall):.2f}-{max(wall):.2f}),"
            f" CPU {statistics.median(cpu):.2f}× ({min(cpu):.2f}-{max(cpu):.2f})"
        )


def project_copy(into: Path) -> Path:
    into.mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", into / "pyproject.toml")
    shutil.copytree(ROOT / "spec" / "sources", into / "spec" / "sources")
    return into


def timed_import(statement: str, generated: Path, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        code = f"import time; t=time.perf_counter(); {statement}; print(time.perf_counter()-t)"
        out = subprocess.run([sys.executable, "-c", code], cwd=generated, capture_output=True, text=True, check=True)
        best = min(best, float(out.stdout.strip()))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", help="git revision to compare with (default: merge-base of HEAD and main)")
    parser.add_argument("--skip-incremental", action="store_true", help="only the cold rounds")
    args = parser.parse_args()
    baseline = (
        args.baseline
        or subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        cold_rounds(base / "rounds", args.rounds, baseline)
        if args.skip_incremental:
            return

        def cold(name: str, env: dict[str, str] | None = None) -> str:
            times, peak, out = [], 0.0, ""
            for i in range(args.rounds):
                project = project_copy(base / f"{name}-{i}")
                elapsed, rss, out = run(["regenerate", "--timings"], project, env)
                times.append(elapsed)
                peak = max(peak, rss)
            results[name] = {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}
            results[name]["peak_mb"] = peak
            return out

        out = cold("cold")
        timings_line = next((line for line in out.splitlines() if line.startswith("timings:")), "")
        cold("cold-serial", {"CODEGEN_JOBS": "1"})
        project = base / "cold-0"
        for name, argv in (("warm", ["regenerate"]), ("check", ["regenerate", "--check"])):
            times = [run(argv, project)[0] for _ in range(args.rounds)]
            results[name] = {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times)}
        fresh = []
        for _ in range(args.rounds):  # a fresh clone: committed outputs, no caches
            shutil.rmtree(project / ".cache", ignore_errors=True)
            fresh.append(run(["regenerate", "--check"], project)[0])
        results["check-no-cache"] = {"median_s": statistics.median(fresh), "min_s": min(fresh), "max_s": max(fresh)}
        source = project / "spec" / "sources" / "live" / "002_7d09637ba2421d51.txt"
        text = source.read_text("utf-8")
        edits = []
        for i in range(args.rounds):
            source.write_text(text.replace("Stream name.", f"Stream name (edit {i})."), "utf-8")
            edits.append(run(["regenerate"], project)[0])
        results["edit-one (first after a clone)"] = {"seconds": edits[0]}
        rest = edits[1:] or edits
        results["edit-one (later)"] = {"median_s": statistics.median(rest), "min_s": min(rest), "max_s": max(rest)}

        generated = project / "generated"
        first_imports: dict[str, float] = {}
        specs = sorted(p.name for p in (project / "spec").glob("*-*.json"))
        for spec_name in specs:
            service, _, version = spec_name.removesuffix(".json").partition("-")
            module = f"tcapi.{service}.v{version.replace('-', '')}"
            client = json.loads((project / "spec" / spec_name).read_text("utf-8"))["service"].capitalize() + "Client"
            first_imports[module] = timed_import(f"from {module} import {client}", generated, 1)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(generated)], check=True)
        for spec_name in specs:
            service, _, version = spec_name.removesuffix(".json").partition("-")
            module = f"tcapi.{service}.v{version.replace('-', '')}"
            client = json.loads((project / "spec" / spec_name).read_text("utf-8"))["service"].capitalize() + "Client"
            lazy = timed_import(f"import {module}", generated, args.rounds)
            with_client = timed_import(f"from {module} import {client}", generated, args.rounds)
            eager = timed_import(
                f"import importlib, pkgutil, {module}.models as ms; [importlib.import_module(ms.__name__ + '.' + m.name) for m in pkgutil.iter_modules(ms.__path__)]",
                generated,
                args.rounds,
            )
            results[f"import {module}"] = {
                "package_ms": lazy * 1000,
                "client_ms": with_client * 1000,
                "client_first_import_compiling_ms": first_imports[module] * 1000,
                "all_models_eager_ms": eager * 1000,
            }

    print(f"{'scenario':<40} figures")
    for name, figures in results.items():
        print(f"{name:<40} " + ", ".join(f"{k}={v:.3f}" for k, v in figures.items()))
    print(f"cold run stages: {timings_line}")


if __name__ == "__main__":
    main()
