"""Cutting a document's text into pages that are read one at a time, each read as the whole document reads there.

A PDF manual's text is cut before each line '1. 接口描述' / '1. API Description' that opens a printed page (a line
starting with one space, or the first line after a page footer): every API document of a manual starts on a page of
its own with that section, and a section heading ends whatever table, example or paragraph runs before it. What the
reader learns from the whole manual (its edition, the product name beside its footers, its table of contents) is
passed to every page as a `pdftext.Context`; each page is read with the next page's first line after it, as the whole
reads it there, and the blocks of that line are dropped. Other documents are one page: a Markdown or HTML page holds
state across its headings (link references, the markup budget), and page text copied from several pages has no mark
that says where one ends.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from codegen.errors import SourceError
from codegen.ingest import pdftext, read_document
from codegen.ingest import _text
from codegen.ingest.document import Block, Document, Row, Table
from codegen.ingest.textutil import block_text

_OPENING = re.compile(r"^[^\S\n]*1\s*[.、]\s*(?:接口描述|API Description)\s*$", re.I)


@dataclass(frozen=True)
class TextPage:
    """A page of a document's text: its own lines, then the first line of the next page when there is one."""

    text: str
    first_line: int  # 0-based index in the document of the page's first line
    line_count: int  # how many lines of `text` are the page's own


def split_text(text: str, format: str) -> list[TextPage]:
    """The pages of a document in the given format, in order; a document that cannot be cut safely is one page."""
    lines = text.split("\n")
    starts = [0]
    if format == "pdftext":
        starts += [
            i
            for i, line in enumerate(lines)
            if i and ("接口描述" in line or "escription" in line) and _OPENING.match(line) and _opens_page(lines, i)
        ]
    pages = []
    for start, end in zip(starts, [*starts[1:], len(lines)]):
        own = lines[start:end]
        following = lines[end : end + 1]
        pages.append(TextPage("\n".join(own + following), start, len(own)))
    return pages


def _opens_page(lines: list[str], i: int) -> bool:
    """Whether line `i` is the first of a printed page: it starts with one space, or follows a page footer (maybe
    with the product's name printed under the footer)."""
    if pdftext.starts_printed_page(lines[i]):
        return True
    above = [j for j in range(i - 1, max(i - 8, -1), -1) if lines[j].strip()][:2]
    return any(pdftext.is_page_footer(lines[j]) for j in above)


def document_context(text: str, format: str) -> pdftext.Context | None:
    """What reading one page needs to know about the whole document (None: nothing)."""
    return pdftext.context(text) if format == "pdftext" else None


def read_page(path: str, page: TextPage, format: str, context: pdftext.Context | None) -> Document:
    """One page's blocks with the line numbers of the whole document."""
    try:
        if context is None:
            doc = read_document(path, page.text, format)
        else:
            doc = pdftext.read(path, page.text, dataclasses.replace(context, opening=page.first_line == 0))
    except SourceError as exc:
        raise SourceError(exc.path, exc.line + page.first_line, exc.message) from None
    last = page.line_count
    if page.first_line == 0 and len(page.text.split("\n")) == last:
        return doc
    blocks = tuple(_moved(b, page.first_line) for b in doc.blocks if b.line <= last)
    warnings = tuple(_moved_warning(w, path, page.first_line) for w in doc.warnings)
    return dataclasses.replace(doc, blocks=blocks, warnings=warnings)


def _moved(block: Block, offset: int) -> Block:
    if isinstance(block, Table):
        rows = tuple(Row(row.cells, row.line + offset) for row in block.rows)
        return Table(block.header, rows, block.line + offset)
    return dataclasses.replace(block, line=block.line + offset)


def _moved_warning(warning: str, path: str, offset: int) -> str:
    prefix = re.match(re.escape(path) + r":(\d+):", warning)
    if not prefix or not offset:
        return warning
    return f"{path}:{int(prefix.group(1)) + offset}:{warning[prefix.end():]}"


def letter_counts(blocks: tuple[Block, ...]) -> tuple[int, int]:
    """CJK ideographs and Latin letters in the blocks' words: what `_text.language` weighs, which adds up page by
    page (`_text.language_from_counts` of the sums is the whole document's language)."""
    return _text.letter_counts("\n".join(block_text(b) for b in blocks))
