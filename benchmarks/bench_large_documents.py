"""Time `codegen parse` on documents built to be large: long tables, long lines, deep nesting.

Usage: python benchmarks/bench_large_documents.py [--runs 5] [--before main] [--only TEXT]

Each case is a real page (the Markdown seed spec/sources/vod/001_…, its HTML rendering in tests/fixtures/html, or the
English page-text seed spec/sources/vod/000_…) with one part made large. Every run is a fresh process that does what
`codegen parse` does before writing: read, parse, merge and turn into validated JSON text, once; imports, schema
compilation and pattern compilation are excluded by doing the same with the unchanged page first. The same cases
run on the commit `--before` names (exported with `git archive` into a temporary folder) and on this checkout,
alternating within each round so both see the same machine load. The table gives the median and the range over the
runs of each, and for the tables the time per row, which stays equal from 1,000 to 10,000 rows when the work grows
linearly.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKDOWN = ROOT / "spec" / "sources" / "vod" / "001_4c0c99729c772a06.txt"
HTML = ROOT / "tests" / "fixtures" / "html" / "001_4c0c99729c772a06.html"
PAGE_TEXT = ROOT / "spec" / "sources" / "vod" / "000_b15c0570ae44f4dd.txt"
RATE_LINE = "默认接口请求频率限制：100次/秒。"

TIMER = """
import sys, time
from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.spec.io import dump_spec
from codegen.spec.merge import merge_specs

def parse(path):
    partial = parse_document(read_document(path))
    return dump_spec(merge_specs(partial.service, partial.version, [partial]))

parse(sys.argv[2])  # imports, compiles the schema and the readers' patterns: not part of the figure
start = time.perf_counter()
parse(sys.argv[1])
print(time.perf_counter() - start)
"""


def html_table(rows: int) -> tuple[str, str]:
    page = HTML.read_text("utf-8")
    at = page.index("</table>")
    extra = "".join(
        f"<tr><td>Extra{k}</td><td>否</td><td>String</td><td>第 {k} 个参数。</td></tr>\n" for k in range(rows)
    )
    return "page.html", page[:at] + extra + page[at:]


def markdown_table(rows: int) -> tuple[str, str]:
    lines = MARKDOWN.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("| StreamId"))
    extra = [f"| Extra{k} | 否 | String | 第 {k} 个参数。 |" for k in range(rows)]
    return "page.md", "\n".join(lines[: at + 1] + extra + lines[at + 1 :])


def page_text_table(rows: int) -> tuple[str, str]:
    lines = PAGE_TEXT.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("StreamId Yes"))
    extra = [f"    Extra{k} No String The parameter number {k}." for k in range(rows)]
    return "page.txt", "\n".join(lines[: at + 1] + extra + lines[at + 1 :])


def digit_line(length: int) -> tuple[str, str]:
    page = MARKDOWN.read_text("utf-8")
    return "page.md", page.replace(RATE_LINE, "1" * length + " " + RATE_LINE)


def bracket_line(length: int) -> tuple[str, str]:
    return "page.md", MARKDOWN.read_text("utf-8") + "\n" + "[" * length + "\n"


def deep_example(depth: int) -> tuple[str, str]:
    page = MARKDOWN.read_text("utf-8")
    start = page.index('{\n  "Response"')
    end = page.index("```", start)
    return "page.md", page[:start] + '{"Response": ' + '{"a": ' * depth + "1" + "}" * (depth + 1) + "\n" + page[end:]


CASES: list[tuple[str, Callable[[int], tuple[str, str]], int, int]] = [
    # (label, builder, size, rows for per-row figures or 0)
    ("HTML table, 1,000 rows", html_table, 1_000, 1_000),
    ("HTML table, 10,000 rows", html_table, 10_000, 10_000),
    ("Markdown table, 1,000 rows", markdown_table, 1_000, 1_000),
    ("Markdown table, 10,000 rows", markdown_table, 10_000, 10_000),
    ("page-text table, 1,000 rows", page_text_table, 1_000, 1_000),
    ("page-text table, 10,000 rows", page_text_table, 10_000, 10_000),
    ("page-text table, 50,000 rows (2.6 MB)", page_text_table, 50_000, 50_000),
    ("description with a 50 KB run of digits", digit_line, 50_000, 0),
    ("Markdown line of 1,000,000 '['", bracket_line, 1_000_000, 0),
    ("example JSON nested 1,000 deep", deep_example, 1_000, 0),
    ("unchanged page (baseline)", digit_line, 0, 0),
]


def _export(revision: str, folder: Path) -> None:
    """The tree of `revision` (its `codegen` package and the pages the cases start from) written into `folder`."""
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")


def _seconds(tree: Path, document: Path, warm_up: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", TIMER, str(document), str(warm_up)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"},
    )
    return float(done.stdout)


def _figure(times: list[float], rows: int) -> str:
    median = statistics.median(times)
    per_row = f"{median / rows * 1e6:6.0f} µs" if rows else ""
    return f"{median:7.3f}s {min(times):6.3f}–{max(times):6.3f}s {per_row:>9}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", default="main", help="the revision to compare with (default: main)")
    parser.add_argument("--only", default="", help="run only the cases whose label contains this text")
    args = parser.parse_args(argv)
    cases = [case for case in CASES if args.only in case[0]]
    with tempfile.TemporaryDirectory() as folder:
        before = Path(folder) / "before"
        _export(args.before, before)
        trees = {"before": before, "after": ROOT}
        documents = []
        for number, (_, build, size, _) in enumerate(cases):
            name, text = build(size)
            path = Path(folder) / f"{number}-{name}"
            path.write_text(text, "utf-8")
            warm_up = HTML if name.endswith(".html") else PAGE_TEXT if name.endswith(".txt") else MARKDOWN
            documents.append((path, warm_up))
        times: dict[tuple[int, str], list[float]] = {}
        for _ in range(args.runs):
            for number, (path, warm_up) in enumerate(documents):
                for version, tree in trees.items():
                    times.setdefault((number, version), []).append(_seconds(tree, path, warm_up))
    print(f"{'case':40} {'before (' + args.before + ')':>36} {'after':>36}")
    print(f"{'':40} {'median':>8} {'range':>15} {'per row':>9}   {'median':>8} {'range':>15} {'per row':>9}")
    for number, (label, _, _, rows) in enumerate(cases):
        print(f"{label:40} {_figure(times[number, 'before'], rows)}   {_figure(times[number, 'after'], rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
