"""The boundary type between readers and the parser: a page as ordered blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Heading:
    """A section title. `level` is 1 for top sections; readers that cannot tell use 2."""

    text: str
    level: int
    line: int


@dataclass(frozen=True)
class Paragraph:
    """Running text; one block per paragraph or list item, inline markup removed."""

    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Row:
    """One table row. Cell text is plain: links become their text, line breaks inside a cell become '\\n'."""

    cells: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Table:
    """A table with its header row kept apart from its body rows."""

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    line: int


@dataclass(frozen=True)
class CodeBlock:
    """Preformatted text (examples), kept verbatim apart from the fence."""

    text: str
    line: int
    language: str = ""


Block = Union[Heading, Paragraph, Table, CodeBlock]


@dataclass(frozen=True)
class Document:
    """A whole source page: where it came from, what it was, and its blocks in reading order."""

    path: str
    format: str
    language: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    updated: str = ""
    warnings: tuple[str, ...] = ()  # "FILE:LINE: ..." for parts the reader kept in a simpler form
