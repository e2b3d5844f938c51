"""Benchmark of the PDF-text reader on the Cloud Live manual (spec/sources/live/004_*.txt, ~1.7 MB).

    python benchmarks/bench_read_pdftext.py [--rounds 5]

Each round is a fresh process that imports the reader, decodes the file, then times `pdftext.read` alone.
Prints the median and the range over the rounds. (This replaces a unit test that asserted a wall time.)"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "spec" / "sources" / "live" / "004_79250585f497093e.txt"
ONE_ROUND = (
    "import sys, time; from codegen.ingest import decode, pdftext; path = sys.argv[1]; "
    "text = decode(path, open(path, 'rb').read()); t = time.perf_counter(); pdftext.read(path, text); "
    "print(time.perf_counter() - t)"
)


def one_round() -> float:
    done = subprocess.run(
        [sys.executable, "-c", ONE_ROUND, str(MANUAL)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    seconds = [one_round() for _ in range(rounds)]
    print(
        f"pdftext.read {MANUAL.name}: median {statistics.median(seconds):.3f}s, "
        f"range {min(seconds):.3f}-{max(seconds):.3f}s over {rounds} fresh processes"
    )


if __name__ == "__main__":
    main()
