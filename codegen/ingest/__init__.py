"""Readers: turn a source file into a `Document`, detecting its format from its content."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from codegen.errors import SourceError

if TYPE_CHECKING:
    from codegen.ingest.document import Document

# format name -> module under codegen.ingest; each module has `sniff(text) -> float` (0 to 1) and
# `read(path, text) -> Document`.
READERS = {
    "html": "codegen.ingest.html",
    "markdown": "codegen.ingest.markdown",
    "pdftext": "codegen.ingest.pdftext",
    "pagetext": "codegen.ingest.pagetext",
}


class Reader(Protocol):
    def sniff(self, text: str) -> float: ...

    def read(self, path: str, text: str) -> Document: ...


# Far above any real page or manual (the 1.66 MB live manual reads in about a second), low enough that reading one
# this large takes seconds, not minutes.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024


def read_bytes(path: Path, name: str) -> bytes:
    """A document's bytes; one larger than MAX_DOCUMENT_BYTES is an error, found without reading the rest."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_DOCUMENT_BYTES + 1)
    _check_size(name, len(data))
    return data


def _check_size(path: str, size: int) -> None:
    if size > MAX_DOCUMENT_BYTES:
        raise SourceError(
            path,
            1,
            f"document larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB, the most codegen reads; expected pages"
            " or a manual of pages (split a larger file)",
        )


def decode(path: str, data: bytes) -> str:
    """Bytes to text: UTF-8 (BOM allowed), CRLF and CR folded to LF. Binary data and documents over
    MAX_DOCUMENT_BYTES are errors."""
    _check_size(path, len(data))
    if b"\x00" in data[:65536]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError(path, line, "binary data (NUL byte); expected a text, Markdown or HTML document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(path, line, f"not UTF-8 text ({exc.reason}); expected a UTF-8 document") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def reader_for(name: str) -> Reader:
    try:
        module: Reader = importlib.import_module(READERS[name])
    except KeyError:
        raise SourceError("<option>", 0, f"unknown format {name!r}; expected one of {', '.join(READERS)}") from None
    return module


def detect_format(path: str, text: str) -> str:
    """The reader whose sniff is most confident; an error when none recognises the text."""
    scores: list[tuple[float, str]] = []
    for name in sorted(READERS, reverse=True):  # of equal scores the later name wins
        score = reader_for(name).sniff(text)
        if score >= 1.0:  # no reader scores more: the readers after it need not look
            return name
        scores.append((score, name))
    best_score, best = max(scores)
    if best_score <= 0:
        raise SourceError(
            path,
            1,
            "unrecognised document: expected a Tencent Cloud API page (HTML, Markdown or page text "
            "with sections such as '1. API Description' / '1. 接口描述')",
        )
    return best


def read_document(path: str | Path, text: str | None = None, format: str | None = None) -> Document:
    """Read one source file into a Document; `format` overrides detection."""
    name = str(path)
    if text is None:
        text = decode(name, read_bytes(Path(path), name))
    if not text.strip():
        raise SourceError(name, 1, "empty document; expected a Tencent Cloud API page")
    chosen = format or detect_format(name, text)
    return reader_for(chosen).read(name, text)
