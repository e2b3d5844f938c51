"""Cost of the OpenAPI export and of what its tests run, each in fresh processes.

    python benchmarks/bench_openapi.py [--runs 5] [--peer-runs 3]

  export     `codegen export openapi -o DIR` for all configured services (process start, spec load, export, write)
  validate   openapi-spec-validator on each exported document (one process per document)
  peer       openapi-python-client generating a client from the live document (--meta none, no post hooks)

Each figure is the median over the runs, with the range (min-max), of the wall time and of the CPU time (user +
system) the process used; CPU time is the steadier figure on a shared machine.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("live-2018-08-01", "vod-2018-07-17", "mps-2019-06-12")


def _timed(command: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of `command`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _report(name: str, runs: list[tuple[float, float]]) -> None:
    wall, cpu = [w for w, _ in runs], [c for _, c in runs]
    print(
        f"{name:<28} wall median {statistics.median(wall):6.2f} s (range {min(wall):.2f}-{max(wall):.2f})"
        f"   CPU median {statistics.median(cpu):6.2f} s (range {min(cpu):.2f}-{max(cpu):.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peer-runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        export = [sys.executable, "-m", "codegen", "export", "openapi", "-o", str(folder)]
        _report("export (3 services)", [_timed(export) for _ in range(args.runs)])
        for name in DOCUMENTS:
            path = folder / f"{name}.openapi.json"
            print(f"  {path.name}: {path.stat().st_size / 1e6:.2f} MB")
            validate = [
                sys.executable,
                "-c",
                f"import json; from openapi_spec_validator import validate; validate(json.load(open({str(path)!r})))",
            ]
            _report(f"validate {name}", [_timed(validate) for _ in range(args.runs)])
        (folder / "config.yaml").write_text("post_hooks: []\n", "utf-8")
        peer = [sys.executable, "-m", "openapi_python_client", "generate", "--meta", "none", "--overwrite"]
        peer += ["--path", str(folder / f"{DOCUMENTS[0]}.openapi.json"), "--output-path", str(folder / "peer")]
        peer += ["--config", str(folder / "config.yaml")]
        _report("peer client from live", [_timed(peer) for _ in range(args.peer_runs)])


if __name__ == "__main__":
    main()
