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
from typing import Any, TypeVar

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
from codegen.workers import run_jobs

Stage = Callable[[str], AbstractContextManager[Any]]
Job = TypeVar("Job")
Made = TypeVar("Made")


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
    'unit'), the entries this object had to make. With `workers` above 1, a file with many pages to read or units
    to parse has them read and parsed in that many worker processes."""

    def __init__(self, folder: Path, workers: int = 1) -> None:
        self.folder = folder
        self.workers = workers
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
        spec = _get(self.folder, file_key)
        if isinstance(spec, ServiceSpec):
            return spec
        self.misses["file"] += 1
        with stage("read"):
            text = decode(relative, data)
            if not text.strip():
                read_document(relative, text, configured or None)  # raises the empty-document error
            format = configured or detect_format(relative, text)
            context = document_context(text, format)
            index_key = _digest(b"pages\0", prefix.encode())
            known = _get(self.folder, index_key)
            index: dict[str, PageSummary] = known if isinstance(known, dict) else {}
            pages = self._pages(relative, format, split_text(text, format), context, prefix + format + "\0", index)
            summaries = {p.key: p.summary for p in pages}
            if summaries != index:
                _put(self.folder, index_key, summaries)
            if context is not None and not any(p.summary.sections for p in pages):
                read_document(relative, text, format)  # the whole document's own error, when it has one
        with stage("parse"):
            parts: list[ParsedPart] = []
            readings: dict[tuple[str, str], Reading] = {}
            for part, unit_readings in self._parse_units(relative, _units(pages)):
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
        _put(self.folder, file_key, spec)
        return spec

    def _pages(
        self,
        relative: str,
        format: str,
        texts: list[TextPage],
        context: Context | None,
        prefix: str,
        index: dict[str, PageSummary],
    ) -> list[_Page]:
        """Each page with its summary: from the index of the file's pages when it was read before, else read now
        (its blocks are stored apart, read back only when its unit must be parsed)."""
        context_bytes = pickle.dumps(context, protocol=pickle.HIGHEST_PROTOCOL)
        keys = [_digest(prefix.encode(), b"%d" % t.first_line, context_bytes, t.text.encode()) for t in texts]
        summaries = {key: index[key] for key in keys if isinstance(index.get(key), PageSummary)}
        jobs = [_PageJob(self.folder, relative, key, t, format, context) for key, t in zip(keys, texts)]
        to_read = [job for job in jobs if job.key not in summaries]
        self.misses["page"] += len(to_read)
        for job, summary in zip(to_read, self._run(_read_page, to_read)):
            summaries[job.key] = summary
        return [_Page(key, t, format, context, summaries[key]) for key, t in zip(keys, texts)]

    def _parse_units(
        self, relative: str, units: list[_Unit]
    ) -> Iterator[tuple[ParsedPart, dict[tuple[str, str], Reading]]]:
        """Each unit's parse and the constraint readings of its fields, from the cache or parsed now."""
        jobs = [_UnitJob(self.folder, relative, unit, _unit_key(relative, unit)) for unit in units]
        entries = {job.key: entry for job in jobs if isinstance(entry := _get(self.folder, job.key), tuple)}
        to_parse = [job for job in jobs if job.key not in entries]
        self.misses["unit"] += len(to_parse)
        for job, (entry, pages_read) in zip(to_parse, self._run(_parse_unit, to_parse)):
            entries[job.key] = entry
            self.misses["page"] += pages_read
        return (entries[job.key] for job in jobs)

    def _run(self, function: Callable[[Job], Made], jobs: list[Job]) -> Iterator[Made]:
        workers = self.workers if len(jobs) >= _WORKERS_FROM else 1
        return run_jobs(function, jobs, workers)


_WORKERS_FROM = 16  # pages to read or units to parse before worker processes are worth starting


@dataclass(frozen=True)
class _PageJob:
    folder: Path
    relative: str
    key: str
    text: TextPage
    format: str
    context: Context | None


def _read_page(job: _PageJob) -> PageSummary:
    """Read one page, store its blocks, and summarise it."""
    doc = read_page(job.relative, job.text, job.format, job.context)
    blocks = doc.blocks
    _put(job.folder, f"{job.key}-blocks", blocks)
    return PageSummary(
        language=doc.language,
        updated=doc.updated,
        warnings=doc.warnings,
        letters=letter_counts(blocks),
        opens_unit=bool(blocks) and opens_unit(blocks[0]),
        headed=any(isinstance(b, Heading) for b in blocks),
        sections=any(isinstance(b, Heading) and b.level == 2 for b in blocks),
    )


@dataclass(frozen=True)
class _UnitJob:
    folder: Path
    relative: str
    unit: _Unit
    key: str


def _unit_key(relative: str, unit: _Unit) -> str:
    return _digest(b"unit\0", relative.encode(), *(p.key.encode() for p in unit.pages))


def _parse_unit(job: _UnitJob) -> tuple[tuple[ParsedPart, dict[tuple[str, str], Reading]], int]:
    """Parse one unit from its pages' stored blocks (a page whose blocks are gone is read again), store the parse
    with the constraint readings of its fields; and how many pages had to be read again."""
    blocks: list[Block] = []
    pages_read = 0
    for page in job.unit.pages:
        stored = _get(job.folder, f"{page.key}-blocks")
        if not isinstance(stored, tuple):
            pages_read += 1
            stored = read_page(job.relative, page.text, page.format, page.context).blocks
        blocks.extend(stored)
    part = parse_blocks(blocks, job.relative)
    entry = (part, {(f.description, f.type): read_constraints(f.description, f.type) for f in _fields(part)})
    _put(job.folder, job.key, entry)
    return entry, pages_read


def _get(folder: Path, key: str) -> Any:
    try:
        with open(folder / f"{key}.pickle", "rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None


def _put(folder: Path, key: str, value: object) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{key}.{os.getpid()}.tmp"
    tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(tmp, folder / f"{key}.pickle")


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
