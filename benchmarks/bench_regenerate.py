"""Benchmark of `codegen regenerate` on a copy of this project, and of the generated package's import time.

    python benchmarks/bench_regenerate.py [--rounds 3]

Scenarios (each a fresh `python -m codegen` process, wall time, best of --rounds, peak RSS of the child):
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
import resource
import shutil
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
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)

        def cold(name: str, env: dict[str, str] | None = None) -> str:
            best, peak, out = float("inf"), 0.0, ""
            for i in range(args.rounds):
                project = project_copy(base / f"{name}-{i}")
                elapsed, rss, out = run(["regenerate", "--timings"], project, env)
                best, peak = min(best, elapsed), max(peak, rss)
            results[name] = {"seconds": best, "peak_mb": peak}
            return out

        out = cold("cold")
        timings_line = next((line for line in out.splitlines() if line.startswith("timings:")), "")
        cold("cold-serial", {"CODEGEN_JOBS": "1"})
        project = base / "cold-0"
        for name, argv in (("warm", ["regenerate"]), ("check", ["regenerate", "--check"])):
            best = min(run(argv, project)[0] for _ in range(args.rounds))
            results[name] = {"seconds": best}
        fresh = []
        for _ in range(args.rounds):  # a fresh clone: committed outputs, no caches
            shutil.rmtree(project / ".cache", ignore_errors=True)
            fresh.append(run(["regenerate", "--check"], project)[0])
        results["check-no-cache"] = {"seconds": min(fresh)}
        source = project / "spec" / "sources" / "live" / "002_7d09637ba2421d51.txt"
        text = source.read_text("utf-8")
        edits = []
        for i in range(args.rounds):
            source.write_text(text.replace("Stream name.", f"Stream name (edit {i})."), "utf-8")
            edits.append(run(["regenerate"], project)[0])
        results["edit-one"] = {"seconds": min(edits)}

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
