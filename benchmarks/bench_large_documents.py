"""Time the readers and the parser on documents built to be large: long tables, long lines, deep nesting.

Usage: python benchmarks/bench_large_documents.py [--runs 5]

Each case is a real page (the Markdown seed spec/sources/vod/001_…, or its HTML rendering in tests/fixtures/html)
with one part made large. Every run is a fresh process that reads and parses the document once (what `codegen
parse` does before writing; imports and pattern compilation excluded by parsing the unchanged page first); the table gives the median and the range over the runs, and for
the tables the time per row at 1,000 and at 10,000 rows, which stay equal when the work grows linearly.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKDOWN = ROOT / "spec" / "sources" / "vod" / "001_4c0c99729c772a06.txt"
HTML = ROOT / "tests" / "fixtures" / "html" / "001_4c0c99729c772a06.html"
RATE_LINE = "默认接口请求频率限制：100次/秒。"

TIMER = """
import sys, time
from codegen.ingest import read_document
from codegen.parse import parse_document
parse_document(read_document(sys.argv[2]))  # imports the reader and compiles its patterns: not part of the figure
start = time.perf_counter()
spec = parse_document(read_document(sys.argv[1]))
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
    ("description with a 50 KB run of digits", digit_line, 50_000, 0),
    ("Markdown line of 1,000,000 '['", bracket_line, 1_000_000, 0),
    ("example JSON nested 1,000 deep", deep_example, 1_000, 0),
    ("unchanged page (baseline)", digit_line, 0, 0),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"{'case':42} {'median':>8} {'range':>15} {'per row':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for label, build, size, rows in CASES:
            name, text = build(size)
            path = Path(folder) / name
            path.write_text(text, "utf-8")
            times = [
                float(
                    subprocess.run(
                        [sys.executable, "-c", TIMER, str(path), str(HTML if name.endswith(".html") else MARKDOWN)],
                        check=True,
                        capture_output=True,
                        text=True,
                        cwd=ROOT,
                    ).stdout
                )
                for _ in range(args.runs)
            ]
            median = statistics.median(times)
            per_row = f"{median / rows * 1e6:7.0f} µs" if rows else ""
            print(f"{label:42} {median:7.3f}s {min(times):6.3f}–{max(times):6.3f}s {per_row:>10}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
