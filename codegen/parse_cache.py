"""The parse cache: a source's partial spec, built from pages read and parsed once.

Entries are keyed by the code fingerprint, how the service configures the source, its path and the bytes the entry
is made from: a whole file's partial spec (an unchanged source is neither read nor parsed); a page's blocks, and a
summary of each page in one index per file (a page is read again only when its text, its place or what the whole
document tells it changes); and a unit's parse, a run of pages that `codegen.parse.split_units` allows to be parsed
on its own (the pages after a level-1 title). A changed page costs its own reading and the parse of its unit; the document-wide steps
(`assemble_document`) run on the cached parts.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.config import ServiceConfig
from codegen.errors import SourceError
from codegen.ingest import decode, detect_format, read_document
from codegen.ingest._text import language_from_counts
from codegen.ingest.document import Block, Document, Heading
from codegen.ingest.pdftext import Context
from codegen.ingest.pages import TextPage, document_context, letter_counts, read_page, split_text
from codegen.parse import ParsedPart, SkippedPage, assemble_document, opens_unit, parse_blocks
from codegen.parse.constraints import Reading, read_constraints
from codegen.spec.model import Field, ServiceSpec

Stage = Callable[[str], AbstractContextManager[Any]]


def code_fingerprint() -> str:
    """Changes whenever the readers, the parser or the spec model change, so cached parses are not reused."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    parser_files = [*package.glob("ingest/*.py"), *package.glob("parse/*.py"), package / "spec" / "model.py"]
    for path in sorted([*parser_files, package / "jsontext.py", package / "parse_cache.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def checked(service: ServiceConfig, path: str, spec: ServiceSpec) -> ServiceSpec:
    """A document's partial spec, checked against the service version the configuration files it under."""
    if spec.service and spec.service != service.name:
        raise SourceError(
            path, 1, f"document is for service {spec.service!r}; the configuration lists it under {service.name!r}"
        )
    if spec.version and spec.version != service.version:
        raise SourceError(path, 1, f"document is for version {spec.version}; the configuration expects {service.version}")
    return spec


@dataclass(frozen=True)
class PageSummary:
    """What the document-wide steps need to know of a page without its blocks."""

    language: str
    updated: str
    warnings: tuple[str, ...]
    letters: tuple[int, int]  # CJK ideographs and Latin letters, for the document's language
    opens_unit: bool  # its first block starts a unit of its own
    headed: bool  # it holds a heading
    sections: bool  # it holds a numbered section heading (level 2)


@dataclass
class _Page:
    key: str
    text: TextPage
    format: str
    context: Context | None
    summary: PageSummary


@dataclass
class _Unit:
    pages: list[_Page] = field(default_factory=list)


class ParseCache:
    """Partial specs, page blocks and unit parses under one folder. `misses` counts, by kind ('file', 'page',
    'unit'), the entries this object had to make."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fingerprint = code_fingerprint()
        self.misses: Counter[str] = Counter()

    def partial(
        self, service: ServiceConfig, path: Path, relative: str, data: bytes, stage: Stage = lambda name: nullcontext()
    ) -> ServiceSpec:
        """The partial spec of one source file (its bytes `data`, named `relative` in messages), checked against
        `service`. `stage(name)` times the reading ('read') and the parsing ('parse')."""
        configured = service.formats.get(path.name, "")
        prefix = f"{self.fingerprint}\0{service.name}\0{service.version}\0{relative}\0{configured}\0"
        file_key = _digest(prefix.encode(), data)
        spec = self._get(file_key)
        if isinstance(spec, ServiceSpec):
            return spec
        self.misses["file"] += 1
        with stage("read"):
            text = decode(relative, data)
            if not text.strip():
                read_document(relative, text, configured or None)  # raises the empty-document error
            format = configured or detect_format(relative, text)
            context = document_context(text, format)
            context_bytes = pickle.dumps(context, protocol=pickle.HIGHEST_PROTOCOL)
            index_key = _digest(b"pages\0", prefix.encode())
            known = self._get(index_key)
            index: dict[str, PageSummary] = known if isinstance(known, dict) else {}
            pages = [
                self._page(relative, format, page, context, prefix + format + "\0", context_bytes, index)
                for page in split_text(text, format)
            ]
            summaries = {p.key: p.summary for p in pages}
            if summaries != index:
                self._put(index_key, summaries)
            if context is not None and not any(p.summary.sections for p in pages):
                read_document(relative, text, format)  # the whole document's own error, when it has one
        with stage("parse"):
            units = _units(pages)
            parts: list[ParsedPart] = []
            readings: dict[tuple[str, str], Reading] = {}
            for unit in units:
                part, unit_readings = self._unit(relative, unit)
                parts.append(part)
                readings.update(unit_readings)
            cjk = sum(p.summary.letters[0] for p in pages)
            latin = sum(p.summary.letters[1] for p in pages)
            doc = Document(
                path=relative,
                format=format,
                language=pages[0].summary.language if len(pages) == 1 else language_from_counts(cjk, latin),
                updated=max(p.summary.updated for p in pages),
                warnings=tuple(w for p in pages for w in p.summary.warnings),
            )
            spec = checked(service, relative, assemble_document(doc, parts, readings))
        self._put(file_key, spec)
        return spec

    def _page(
        self,
        relative: str,
        format: str,
        page: TextPage,
        context: Context | None,
        prefix: str,
        context_bytes: bytes,
        index: dict[str, PageSummary],
    ) -> _Page:
        """A page's summary, from the index of the file's pages when it was read before (its blocks are kept apart,
        read only when its unit must be parsed)."""
        key = _digest(prefix.encode(), b"%d" % page.first_line, context_bytes, page.text.encode())
        summary = index.get(key)
        if isinstance(summary, PageSummary):
            return _Page(key, page, format, context, summary)
        self.misses["page"] += 1
        doc = read_page(relative, page, format, context)
        blocks = doc.blocks
        summary = PageSummary(
            language=doc.language,
            updated=doc.updated,
            warnings=doc.warnings,
            letters=letter_counts(blocks),
            opens_unit=bool(blocks) and opens_unit(blocks[0]),
            headed=any(isinstance(b, Heading) for b in blocks),
            sections=any(isinstance(b, Heading) and b.level == 2 for b in blocks),
        )
        self._put(f"{key}-blocks", blocks)
        return _Page(key, page, format, context, summary)

    def _blocks(self, relative: str, page: _Page) -> tuple[Block, ...]:
        blocks = self._get(f"{page.key}-blocks")
        if isinstance(blocks, tuple):
            return blocks
        self.misses["page"] += 1
        return read_page(relative, page.text, page.format, page.context).blocks

    def _unit(self, relative: str, unit: _Unit) -> tuple[ParsedPart, dict[tuple[str, str], Reading]]:
        key = _digest(b"unit\0", relative.encode(), *(p.key.encode() for p in unit.pages))
        cached = self._get(key)
        if isinstance(cached, tuple):
            return cached
        self.misses["unit"] += 1
        blocks = [b for page in unit.pages for b in self._blocks(relative, page)]
        part = parse_blocks(blocks, relative)
        entry = (part, {(f.description, f.type): read_constraints(f.description, f.type) for f in _fields(part)})
        self._put(key, entry)
        return entry

    def _get(self, key: str) -> Any:
        try:
            with open(self.folder / f"{key}.pickle", "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
            return None

    def _put(self, key: str, value: object) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, self.folder / f"{key}.pickle")


def _digest(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(b"%d\0" % len(part) + part)
    return digest.hexdigest()


def _units(pages: list[_Page]) -> list[_Unit]:
    """Runs of pages cut where the next page's first block opens a unit (see `codegen.parse.split_units`)."""
    units = [_Unit()]
    for page in pages:
        if page.summary.opens_unit and units[-1].pages and _headed(units):
            units.append(_Unit())
        units[-1].pages.append(page)
    return units


def _headed(units: list[_Unit]) -> bool:
    """Whether the runs so far hold a heading: the first run must, as in `split_units`."""
    return len(units) > 1 or any(p.summary.headed for p in units[0].pages)


def _fields(part: ParsedPart) -> Iterator[Field]:
    for _, facts in part.pages:
        if isinstance(facts, SkippedPage):
            continue
        yield from facts.action.input
        yield from facts.action.output
        for structure in facts.structures:
            yield from structure.fields
    for structure in part.reference.structures:
        yield from structure.fields
