"""Benchmark of the PDF-text reader on the Cloud Live manual (spec/sources/live/004_*.txt, ~1.7 MB).

    python benchmarks/bench_read_pdftext.py [--rounds 5] [--base main]

Each round is a fresh process that imports the reader, decodes the file, then times `pdftext.read` alone, and
another that times `pdftext.context` alone (what reading the manual page by page computes from the whole text on
every edit); it runs
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
    "measured = {'read': lambda text: pdftext.read(path, text), 'context': pdftext.context}[sys.argv[3]]; "
    "text = decode(path, open(path, 'rb').read()); "
    "head, _, body = text.partition('\\n 1. '); body = '\\n 1. ' + body; "
    "text = text if copies == 1 else head + body * copies; "
    "t, c = time.perf_counter(), time.process_time(); measured(text); "
    "print(time.perf_counter() - t, time.process_time() - c, len(text.encode()))"
)


def one_round(code: Path, copies: int = 1, measured: str = "read") -> tuple[float, float, int]:
    """Wall and CPU seconds to read the manual (its body `copies` times) with the reader under `code`, or to work
    out its context (`measured` names the function), and the text's bytes."""
    done = subprocess.run(
        [sys.executable, "-c", ONE_ROUND, str(MANUAL), str(copies), measured],
        cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu, size = done.stdout.split()
    return float(wall), float(cpu), int(size)


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


def report(
    title: str, commit: str, rounds: int, now: list[tuple[float, float, int]], then: list[tuple[float, float, int]]
) -> None:
    print(f"{title} {MANUAL.name}, {rounds} fresh processes each (wall time; CPU time of the process):")
    for name, runs in (("this tree", now), (f"branch point {commit[:10]}", then)):
        wall, cpu = [r[0] for r in runs], [r[1] for r in runs]
        print(f"  {name:24s} wall {summary(wall)}; cpu {summary(cpu)}")
    for measure in (0, 1):
        ratio = statistics.median(r[measure] for r in now) / statistics.median(r[measure] for r in then)
        print(f"  this tree takes {ratio:.2f} of the branch point's {('wall', 'cpu')[measure]} time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--base", default="main", help="the branch whose merge base is compared against")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        commit = export(args.base, base)
        for measured in ("read", "context"):
            now: list[tuple[float, float, int]] = []
            then: list[tuple[float, float, int]] = []
            for _ in range(args.rounds):
                now.append(one_round(ROOT, measured=measured))
                then.append(one_round(base, measured=measured))
            report(f"pdftext.{measured}", commit, args.rounds, now, then)
    print("linear growth (the manual's body repeated as one document), CPU seconds per MB:")
    for copies in (1, 2, 4):
        rounds = [one_round(ROOT, copies) for _ in range(max(3, args.rounds // 2))]
        size = rounds[0][2] / 1e6
        print(f"  x{copies}: {size:.2f} MB, {summary([cpu / size for _, cpu, _ in rounds])} per MB")


if __name__ == "__main__":
    main()
