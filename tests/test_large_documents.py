"""Large documents (issue 14): a parameter table of thousands of rows, built here from a real page in each format,
reads to exactly the page's own parameters plus every added row, in order, through `codegen parse`, with the same
work for every row. How long it takes is measured in benchmarks/bench_large_documents.py, not here."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main
from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.parse.constraints import shared_reading
from codegen.spec.io import dump_spec
from codegen.spec.merge import merge_specs

ROOT = Path(__file__).resolve().parents[1]
MARKDOWN = ROOT / "spec" / "sources" / "vod" / "001_4c0c99729c772a06.txt"  # LiveRealTimeClip, Chinese Markdown
HTML = ROOT / "tests" / "fixtures" / "html" / "001_4c0c99729c772a06.html"  # the same page rendered to HTML
PAGE_TEXT = ROOT / "spec" / "sources" / "vod" / "000_b15c0570ae44f4dd.txt"  # LiveRealTimeClip, English page text
ROWS = 3_000
TYPES = [("String", "String", False), ("Integer", "Integer", False), ("Array of String", "String", True)]


@dataclass(frozen=True)
class Added:
    """A row the test adds: what the page says, and the field it must read as."""

    name: str
    required: bool
    type_cell: str
    type: str
    array: bool
    k: int


def added_rows(count: int = ROWS) -> list[Added]:
    rows = []
    for k in range(count):
        type_cell, type_, array = TYPES[k % len(TYPES)]
        rows.append(Added(f"Extra{k}", k % 2 == 0, type_cell, type_, array, k))
    return rows


def markdown_page(rows: list[Added]) -> tuple[str, dict[str, str]]:
    lines = MARKDOWN.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("| StreamId"))
    cells, expected = [], {}
    for row in rows:
        escaped = r" 取值 a\|b 或 \*。" if row.k % 10 == 0 else ""
        cells.append(
            f"| {row.name} | {'是' if row.required else '否'} | {row.type_cell} | 第 {row.k} 个附加参数，见 "
            f"`{row.name}` 与 [说明](https://example.com/{row.k})。{escaped} |"
        )
        said = f"第 {row.k} 个附加参数，见 {row.name} 与 说明。"
        expected[row.name] = said + (" 取值 a|b 或 *。" if escaped else "")
    return "\n".join(lines[: at + 1] + cells + lines[at + 1 :]), expected


def html_page(rows: list[Added]) -> tuple[str, dict[str, str]]:
    page = HTML.read_text("utf-8")
    at = page.index("<tr>", page.index("<td>StreamId</td>") - 20)
    at = page.index("</tr>", at) + len("</tr>")
    cells, expected = [], {}
    for row in rows:
        second = "<br>第二行。" if row.k % 10 == 0 else ""
        cells.append(
            f"\n<tr><td>{row.name}</td><td>{'是' if row.required else '否'}</td><td>{row.type_cell}</td>"
            f"<td>第 {row.k} 个附加参数，见 <code>{row.name}</code> 与 "
            f'<a href="https://example.com/{row.k}">说明</a>。{second}</td></tr>'
        )
        said = f"第 {row.k} 个附加参数，见 {row.name} 与 说明。"
        expected[row.name] = said + ("\n第二行。" if second else "")
    return page[:at] + "".join(cells) + page[at:], expected


def page_text(rows: list[Added]) -> tuple[str, dict[str, str]]:
    lines = PAGE_TEXT.read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("StreamId Yes"))
    cells, expected = [], {}
    for row in rows:
        text = f"The additional parameter {row.k} of the clip, see {row.name}."
        cells.append(f"    {row.name} {'Yes' if row.required else 'No'} {row.type_cell} {text}")
        expected[row.name] = text
    return "\n".join(lines[: at + 1] + cells + lines[at + 1 :]), expected


EACH_FORMAT = pytest.mark.parametrize(
    ("source", "build"),
    [(MARKDOWN, markdown_page), (HTML, html_page), (PAGE_TEXT, page_text)],
    ids=["markdown", "html", "page-text"],
)


def parse(path: Path) -> list[dict[str, Any]]:
    assert main(["parse", str(path), "-o", f"{path}.json"]) == 0
    spec = json.loads(Path(f"{path}.json").read_text("utf-8"))
    inputs: list[dict[str, Any]] = spec["actions"]["LiveRealTimeClip"]["input"]
    return inputs


@EACH_FORMAT
def test_a_table_of_thousands_of_rows_reads_every_row(
    tmp_path: Path, source: Path, build: Callable[[list[Added]], tuple[str, dict[str, str]]]
) -> None:
    original = tmp_path / f"original{source.suffix}"
    original.write_text(source.read_text("utf-8"), "utf-8")
    own = parse(original)
    rows = added_rows()
    text, descriptions = build(rows)
    large = tmp_path / f"large{source.suffix}"
    large.write_text(text, "utf-8")

    fields = parse(large)

    at = [f["name"] for f in own].index("StreamId") + 1
    assert fields[:at] + fields[at + ROWS :] == own
    added = fields[at : at + ROWS]
    assert [f["name"] for f in added] == [row.name for row in rows]
    for field, row in zip(added, rows):
        assert (field["type"], field["array"], field["required"]) == (row.type, row.array, row.required), row
        assert field["description"] == descriptions[row.name]
        assert field["constraints"] == {} and not field["nullable"] and "example" not in field, field


def _cell_ends_tried(monkeypatch: pytest.MonkeyPatch, page: str, tmp_path: Path) -> int:
    from codegen.ingest import _text

    tried = 0
    real = _text._boundaries

    def counted(*args: Any) -> Any:
        nonlocal tried
        for end in real(*args):
            tried += 1
            yield end

    monkeypatch.setattr(_text, "_boundaries", counted)
    path = tmp_path / "page.txt"
    path.write_text(page, "utf-8")
    assert main(["parse", str(path), "-o", str(tmp_path / "spec.json")]) == 0
    return tried


def test_a_long_line_in_a_run_together_table_is_not_tried_at_every_character(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found by the fuzzer: lines of '-   -   -' in a page-text parameter table had each of their characters tried as
    the end of a parameter name, each try copying the text before it (8 MB of them took 9 s)."""
    page = (ROOT / "spec" / "sources" / "mps" / "003_d2c3499d1e57381c.txt").read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(page) if line.startswith("ActionYes"))

    def with_lines(length: int) -> str:
        return "\n".join(page[: at + 1] + ["  -  " * length] * 20 + page[at + 1 :])

    short, long = (_cell_ends_tried(monkeypatch, with_lines(n), tmp_path) for n in (400, 1600))
    assert long < short * 1.5  # four times the line, not four times the tries


def steps_to_parse(path: Path) -> int:
    """Lines of Python run and functions called (C ones too) in reading, parsing and writing the spec of one page,
    with no description read before."""
    shared_reading.cache_clear()
    steps = 0

    def count_calls(frame: Any, event: str, arg: Any) -> None:
        nonlocal steps
        steps += event in ("call", "c_call")

    def count_lines(frame: Any, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += event == "line"
        return count_lines

    sys.setprofile(count_calls)
    sys.settrace(count_lines)
    try:
        partial = parse_document(read_document(path))
        dump_spec(merge_specs(partial.service, partial.version, [partial]))
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return steps


@EACH_FORMAT
def test_each_row_costs_the_same_work(
    tmp_path: Path, source: Path, build: Callable[[list[Added]], tuple[str, dict[str, str]]]
) -> None:
    """Reading a table stays linear in its rows: every 150 rows more cost the same number of steps (within 1%), where
    a pass over all rows for each row would add more with every 150."""
    steps = []
    for count in (30, 150, 300, 450):  # the first warms every cache that is not per description
        path = tmp_path / f"rows{count}{source.suffix}"
        path.write_text(build(added_rows(count))[0], "utf-8")
        steps.append(steps_to_parse(path))
    first, second = steps[2] - steps[1], steps[3] - steps[2]
    assert first > 150 * 100  # each row is read, parsed and written
    assert abs(second - first) <= first / 100, steps
