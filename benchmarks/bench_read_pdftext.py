"""Benchmark of the PDF-text reader on the Cloud Live manual (spec/sources/live/004_*.txt, ~1.7 MB).

    python benchmarks/bench_read_pdftext.py [--rounds 5] [--base main]

Each round is a fresh process that imports the reader, decodes the file, then times `pdftext.read` alone; it runs
the reader of this tree and the reader of the branch point (`git merge-base HEAD BASE`, exported with `git archive`
into a temporary folder and put first on PYTHONPATH) in the same round, so both see the same machine load. Prints
median and range over the rounds for both, and their ratio.

Then the linear-growth check: the manual's body (everything after its table of contents) repeated 1, 2 and 4 times
as one document; the seconds per MB should stay flat.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MANUAL = ROOT / "spec" / "sources" / "live" / "004_79250585f497093e.txt"
ONE_ROUND = (
    "import sys, time; from codegen.ingest import decode, pdftext; path, copies = sys.argv[1], int(sys.argv[2]); "
    "text = decode(path, open(path, 'rb').read()); "
    "head, _, body = text.partition('\\n 1. '); body = '\\n 1. ' + body; "
    "text = text if copies == 1 else head + body * copies; "
    "t = time.perf_counter(); pdftext.read(path, text); print(time.perf_counter() - t, len(text.encode()))"
)


def one_round(code: Path, copies: int = 1) -> tuple[float, int]:
    """Seconds to read the manual (its body `copies` times) with the reader under `code`, and the text's bytes."""
    done = subprocess.run(
        [sys.executable, "-c", ONE_ROUND, str(MANUAL), str(copies)],
        cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, size = done.stdout.split()
    return float(seconds), int(size)


def export(base: str, into: Path) -> str:
    """The reader's package at the merge base of HEAD and `base`, written under `into`; returns the commit."""
    commit = subprocess.run(
        ["git", "merge-base", "HEAD", base], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    archive = subprocess.run(["git", "archive", commit, "codegen"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return commit


def summary(seconds: list[float]) -> str:
    return f"median {statistics.median(seconds):.3f}s, range {min(seconds):.3f}-{max(seconds):.3f}s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base", default="main", help="the branch whose merge base is compared against")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        commit = export(args.base, base)
        now: list[float] = []
        then: list[float] = []
        for _ in range(args.rounds):
            now.append(one_round(ROOT)[0])
            then.append(one_round(base)[0])
    print(f"pdftext.read {MANUAL.name}, {args.rounds} fresh processes each:")
    print(f"  this tree:              {summary(now)}")
    print(f"  branch point {commit[:10]}: {summary(then)}")
    print(f"  this tree takes {statistics.median(now) / statistics.median(then):.2f} of the branch point's time")
    print("linear growth (the manual's body repeated as one document):")
    for copies in (1, 2, 4):
        rounds = [one_round(ROOT, copies) for _ in range(max(3, args.rounds // 2))]
        size = rounds[0][1] / 1e6
        per_mb = [seconds / size for seconds, _ in rounds]
        print(f"  x{copies}: {size:.2f} MB, {summary(per_mb).replace('s', 's/MB', 2)}")


if __name__ == "__main__":
    main()
