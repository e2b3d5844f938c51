"""Fuzz the readers and the parser with thousands of mutated real documents, each under a time limit.

Usage: python benchmarks/fuzz_documents.py [--documents 8000] [--seed 1] [--workers 2] [--limit 20] [--slow 3]
                                           [--scale 1000000] [--include-manual] [--keep DIR]

Each document is a seed, corpus page or HTML fixture mutated by the mutators of tests/test_fuzz_documents.py (one
to three of: truncation, byte flips, deleted or duplicated lines, swapped columns, odd Unicode, huge lines up to
`--scale` characters, deep nesting, long tables, splices). A worker process runs `codegen parse` on it through the
CLI's entry point; a document that raises anything but the CLI's handled error, or exits without one clean
`codegen: error:` line, is a failure; one still running after `--limit` seconds is killed and counted as a hang;
one over `--slow` seconds is reported as slow. Failing, hanging and slow documents are written to `--keep`
(default .cache/fuzz) to reproduce them. Exit status 1 if any document failed or hung.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_fuzz_documents import (  # noqa: E402
    RandomChooser,
    check_contract,
    mutate,
    run_parse,
    source_documents,
)


@dataclass(frozen=True)
class Outcome:
    number: int
    status: str  # "spec", "error", "failure", "hang"
    seconds: float
    detail: str


def _mutated(number: int, seed: int, scale: int, documents: list[Path]) -> tuple[str, str, list[str]]:
    rng = random.Random(f"{seed}:{number}")
    source = documents[rng.randrange(len(documents))]
    other = documents[rng.randrange(len(documents))]
    text, names = mutate(source.read_text("utf-8"), RandomChooser(rng), scale, other.read_text("utf-8"))
    return source.name, text, names


def _run_one(number: int, name: str, text: str) -> Outcome:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(text, "utf-8")
        output = Path(folder) / "spec.json"
        start = time.perf_counter()
        try:
            code, stderr = run_parse(path, output)
            check_contract(code, stderr, output)
        except BaseException:  # noqa: BLE001 - anything escaping the CLI is what this looks for
            return Outcome(number, "failure", time.perf_counter() - start, traceback.format_exc(limit=-6))
        return Outcome(number, "spec" if code == 0 else "error", time.perf_counter() - start, stderr.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=float, default=20.0, help="seconds before a document counts as a hang")
    parser.add_argument("--slow", type=float, default=3.0, help="seconds above which a document is reported slow")
    parser.add_argument("--scale", type=int, default=1_000_000, help="longest huge line, in characters")
    parser.add_argument("--include-manual", action="store_true", help="also mutate the 1.6 MB PDF-text manual")
    parser.add_argument("--keep", type=Path, default=ROOT / ".cache" / "fuzz")
    args = parser.parse_args(argv)

    documents = source_documents(args.include_manual)
    outcomes: list[Outcome] = []
    mutations: dict[int, tuple[str, list[str]]] = {}
    started = time.perf_counter()
    pool = multiprocessing.get_context("fork").Pool(args.workers, maxtasksperchild=200)
    pending: list[tuple[int, str, str, multiprocessing.pool.AsyncResult[Outcome], float]] = []
    number = 0
    while number < args.documents or pending:
        while number < args.documents and len(pending) < 2 * args.workers:
            name, text, names = _mutated(number, args.seed, args.scale, documents)
            mutations[number] = (name, names)
            pending.append((number, name, text, pool.apply_async(_run_one, (number, name, text)), time.monotonic()))
            number += 1
        job, name, text, result, submitted = pending[0]
        try:
            outcome = result.get(timeout=max(0.1, submitted + args.limit * 2 - time.monotonic()))
        except multiprocessing.TimeoutError:
            # The oldest job has had its worker for at least `limit` seconds: kill the pool, count it a hang and
            # give the other jobs in flight to a fresh pool.
            pool.terminate()
            outcome = Outcome(job, "hang", args.limit, f"killed after {args.limit:.0f}+ s")
            pool = multiprocessing.get_context("fork").Pool(args.workers, maxtasksperchild=200)
            pending = [
                (j, n, t, pool.apply_async(_run_one, (j, n, t)), time.monotonic()) for j, n, t, _, _ in pending[1:]
            ]
        else:
            pending.pop(0)
        outcomes.append(outcome)
        if outcome.status in ("failure", "hang") or outcome.seconds > args.slow:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{job:05d}-{outcome.status}-{name}").write_text(text, "utf-8")
            print(f"#{job} {outcome.status} {outcome.seconds:.1f}s {name} {mutations[job][1]}: {outcome.detail[-600:]}")
        if len(outcomes) % 500 == 0:
            print(f"{len(outcomes)} documents, {time.perf_counter() - started:.0f}s", flush=True)
    pool.close()

    counts = Counter(o.status for o in outcomes)
    seconds = sorted(o.seconds for o in outcomes if o.status in ("spec", "error"))
    slow = [o for o in outcomes if o.seconds > args.slow and o.status != "hang"]
    kinds = Counter(m for _, names in mutations.values() for m in names)
    print(
        f"\n{len(outcomes)} mutated documents from {len(documents)} sources in {time.perf_counter() - started:.0f}s:"
        f" {counts['spec']} gave a spec, {counts['error']} a clean error, {counts['failure']} failed"
        f" (traceback or unclean error), {counts['hang']} hung (over {args.limit:.0f}s)"
    )
    if seconds:
        print(
            f"seconds per document: median {statistics.median(seconds):.2f}, 99th percentile"
            f" {seconds[int(len(seconds) * 0.99)]:.2f}, max {seconds[-1]:.2f}; {len(slow)} over {args.slow:.0f}s"
        )
    print("mutations applied: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return 1 if counts["failure"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
