"""Where each field was read: the table rows of the source documents, with their text as it stands in the file."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from codegen.ingest.document import Document, Row, Table
from codegen.spec.model import Field, ServiceSpec

MAX_ROW_LINES = 12
_SUFFIX = re.compile(r"(\.(N|n|\d+)|\[\]|\[N\])$")


@dataclass(frozen=True)
class SourceRow:
    """One table row as the file has it: its first line and the text of its lines."""

    file: str
    line: int
    text: str


def _name(cell: str) -> str:
    return _SUFFIX.sub("", cell.strip().strip("*`").strip())


@dataclass
class _Page:
    doc: Document
    lines: list[str]
    starts: list[int]  # first line of every block and row, sorted
    anchors: list[int]  # first line of every action and structure the parse found, sorted
    table_list: list[Table]  # sorted by line
    table_lines: list[int]

    def raw(self, row: Row) -> str:
        after = bisect_right(self.starts, row.line)
        end = self.starts[after] if after < len(self.starts) else len(self.lines) + 1
        end = min(end, row.line + MAX_ROW_LINES)
        text = self.lines[row.line - 1 : end - 1]
        while text and not text[-1].strip():
            text.pop()
        return "\n".join(text)

    def tables(self, line: int) -> list[Table]:
        """The tables of the section that starts at `line`, up to the next action or structure."""
        after = bisect_right(self.anchors, line)
        end = self.anchors[after] if after < len(self.anchors) else 1 << 62
        return self.table_list[bisect_left(self.table_lines, line) : bisect_left(self.table_lines, end)]


def _rows_for(page: _Page, tables: list[Table], fields: list[Field]) -> dict[str, SourceRow]:
    """Each field's row; where a name has rows in several tables (an input and an output both named X), the row
    of the table that shares most names with `fields` wins."""
    wanted = {f.name for f in fields}
    found: dict[str, tuple[int, SourceRow]] = {}
    for table in tables:
        names = [(_first_name(row, wanted), row) for row in table.rows]
        overlap = sum(1 for name, _ in names if name)
        for name, row in names:
            if name and (name not in found or overlap > found[name][0]):
                found[name] = (overlap, SourceRow(page.doc.path, row.line, page.raw(row)))
    return {name: row for name, (_, row) in found.items()}


def _first_name(row: Row, wanted: set[str]) -> str | None:
    for cell in row.cells[:2]:
        name = _name(cell)
        if name in wanted:
            return name
    return None


class SourceIndex:
    """The source rows of every action's and structure's fields, over all the documents of a service."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str, str], list[SourceRow]] = {}

    def add(self, doc: Document, text: str, partial: ServiceSpec) -> None:
        """Index one document: `text` is its decoded content, `partial` what the parser read from it."""
        starts: set[int] = set()
        for block in doc.blocks:
            starts.add(block.line)
            if isinstance(block, Table):
                starts.update(row.line for row in block.rows)
        items = [(a.source.line, a.name, "input", a.input) for a in partial.actions.values()]
        items += [(a.source.line, a.name, "output", a.output) for a in partial.actions.values()]
        items += [(s.source.line, s.name, "field", s.fields) for s in partial.structures.values() if s.source]
        anchors = sorted({line for line, *_ in items})
        tables = sorted((b for b in doc.blocks if isinstance(b, Table)), key=lambda t: t.line)
        page = _Page(doc, text.split("\n"), sorted(starts), anchors, tables, [t.line for t in tables])
        for line, owner, kind, fields in items:
            for name, row in _rows_for(page, page.tables(line), fields).items():
                self._rows.setdefault((owner, kind, name), []).append(row)

    def rows(self, owner: str, kind: str, name: str) -> list[SourceRow]:
        """The rows a field was read from: `kind` is "input" or "output" for actions, "field" for structures."""
        return sorted(self._rows.get((owner, kind, name), []), key=lambda r: (r.file, r.line))
