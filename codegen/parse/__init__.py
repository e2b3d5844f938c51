"""Parser: a Document → a partial ServiceSpec, using the conventions of Tencent Cloud API 3.0 pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from codegen.errors import SourceError
from codegen.ingest.document import Block, Document, Heading
from codegen.parse.constraint_review import review_constraints
from codegen.parse.constraints import Reading
from codegen.parse.page import PageFacts, parse_page
from codegen.parse.reference import Reference, read_reference
from codegen.parse.references import declare_references
from codegen.parse.sections import Kind, is_example_title, split_pages, title_kind
from codegen.spec.model import Action, Field, Legacy, ServiceSpec, Source, Structure

_API_SUFFIX = ".tencentcloudapi.com"
_LEGACY_SUFFIX = ".api.qcloud.com"


@dataclass(frozen=True)
class SkippedPage:
    """A page the parser could not read: the error, kept as data so that a parsed part can be cached."""

    path: str
    line: int
    message: str


@dataclass
class ParsedPart:
    """What one run of a document's blocks holds, before the document-wide steps: each action page's facts (or the
    error that made the parser skip it, with the page's line) and the reference material outside the pages."""

    pages: list[tuple[int, PageFacts | SkippedPage]] = field(default_factory=list)
    reference: Reference = field(default_factory=Reference)


def parse_document(doc: Document) -> ServiceSpec:
    """Every action page of the document, with the service and version the pages state."""
    return assemble_document(doc, [parse_blocks(doc.blocks, doc.path)])


def parse_blocks(blocks: list[Block] | tuple[Block, ...], path: str) -> ParsedPart:
    """The pages and reference material of a run of blocks. A document cut into runs before level-1 headings that
    close any page (`split_units`) gives, run by run, what the whole gives."""
    pages, outside = split_pages(blocks)
    part = ParsedPart(reference=read_reference(outside, path))
    for page in pages:
        try:
            part.pages.append((page.line, parse_page(page, path)))
        except SourceError as exc:
            part.pages.append((page.line, SkippedPage(exc.path, exc.line, exc.message)))
    return part


def split_units(blocks: Sequence[Block]) -> list[int]:
    """Where a document's blocks can be cut so that `parse_blocks` reads each run as the whole would: before each
    block that `opens_unit`, unless the run before the first cut holds no heading (the whole would then not be read
    as text copied without headings)."""
    cuts = [i for i, block in enumerate(blocks) if i and opens_unit(block)]
    if cuts and not any(isinstance(b, Heading) for b in blocks[: cuts[0]]):
        cuts.pop(0)
    return cuts


def opens_unit(block: Block) -> bool:
    """A level-1 heading that ends any open page and starts afresh: a title that names no section (or names the
    error codes or developer resources, which never continue a page's examples)."""
    return (
        isinstance(block, Heading)
        and block.level == 1
        and title_kind(block.text) in (Kind.OTHER, Kind.ERRORS, Kind.RESOURCES)
        and not is_example_title(block.text)
    )


def assemble_document(
    doc: Document, parts: list[ParsedPart], readings: dict[tuple[str, str], Reading] | None = None
) -> ServiceSpec:
    """The document's partial spec from its parts in order (`doc.blocks` is not read again). `readings` holds
    constraint readings already made, by (description, type)."""
    pages = [entry for part in parts for entry in part.pages]
    reference = Reference()
    for part in parts:
        reference.structures.extend(part.reference.structures)
        reference.errors.extend(part.reference.errors)
        reference.regions.extend(part.reference.regions)
        reference.replacements.update(part.reference.replacements)
        reference.overview.update(part.reference.overview)
    if not (pages or reference.structures or reference.errors or reference.regions):
        raise SourceError(
            doc.path,
            1,
            "no API content found: expected an action page (a section titled '1. API Description' / '1. 接口描述' "
            "with parameter tables), data-structure tables, an error-code table or a region table",
        )
    spec = ServiceSpec(service="", version="", language=doc.language, updated=doc.updated)
    spec.warnings.extend(doc.warnings)
    nested: dict[str, Structure] = {}
    for line, facts in pages:
        if isinstance(facts, SkippedPage):
            if len(pages) == 1:
                raise SourceError(facts.path, facts.line, facts.message)
            spec.warnings.append(f"skipped the page at {facts.path}:{facts.line}: {facts.message}")
            continue
        spec.warnings.extend(facts.warnings)
        service, endpoint = _service(facts.service_domain)
        if facts.service_domain and not _SERVICE_NAME.fullmatch(service):
            spec.warnings.append(
                f"{doc.path}:{line}: the request domain {facts.service_domain} does not start with a service name"
                " (lower-case letters and digits, a letter first); the page's service is taken from elsewhere"
            )
            service, endpoint = "", ""
        if service and spec.service and service != spec.service:
            raise SourceError(doc.path, line, f"expected pages of service {spec.service!r}, found {service!r}")
        spec.service = spec.service or service
        spec.endpoint = spec.endpoint or endpoint
        spec.version = spec.version or facts.version
        if facts.legacy:
            replacement, note = reference.replacements.get(facts.action.name, (None, ""))
            facts.action.legacy = Legacy(
                replacement=replacement, note=note or f"offline legacy interface at {facts.domain}"
            )
        existing = spec.actions.get(facts.action.name)
        if existing is not None and existing.legacy is None and facts.action.legacy is not None:
            spec.warnings.append(f"{doc.path}:{line}: legacy {facts.action.name} shadowed by the API 3.0 action")
            continue
        spec.actions[facts.action.name] = facts.action
        for error in facts.errors:
            spec.errors.setdefault(error.code, error)
        for structure in facts.structures:
            nested[structure.name] = structure
    _overview_only(spec, reference, doc.path)
    for structure in reference.structures:
        spec.structures[structure.name] = structure
    for name, structure in nested.items():
        if name in spec.structures:
            spec.warnings.append(
                f"{doc.path}:{structure.source.line if structure.source else 0}: structure {name} generated for "
                f"dotted parameter names is also defined by the document; the document's definition is kept"
            )
            continue
        spec.structures[name] = structure
    for error in reference.errors:
        spec.errors.setdefault(error.code, error)
    spec.regions = reference.regions
    spec.sources = [doc.path]
    _drop_unnameable(spec, doc.path)
    declare_references(spec)
    spec.warnings.extend(review_constraints(spec, readings))
    return spec


_SERVICE_NAME = re.compile(r"[a-z][a-z0-9]*")  # as spec/schema.json allows
_ACTION_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*")  # as spec/schema.json allows
_STRUCTURE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")  # as spec/schema.json allows
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")  # as spec/schema.json allows


def _drop_unnameable(spec: ServiceSpec, path: str) -> None:
    """Leave out, with a warning, what a damaged document names with a name no client could use: the readers and
    the parser mean never to produce one, so this only keeps one bad row from costing the whole page."""

    def fields(owner: str, line: int, kept: list[Field]) -> list[Field]:
        for bad in (f for f in kept if not _FIELD_NAME.fullmatch(f.name)):
            spec.warnings.append(f"{path}:{line}: left out the field {bad.name[:80]!r} of {owner}: not a field name")
        return [f for f in kept if _FIELD_NAME.fullmatch(f.name)]

    for name, action in list(spec.actions.items()):
        if not _ACTION_NAME.fullmatch(name):
            spec.warnings.append(f"{path}:{action.source.line}: left out the action {name[:80]!r}: not an action name")
            del spec.actions[name]
            continue
        action.input = fields(name, action.source.line, action.input)
        action.output = fields(name, action.source.line, action.output)
    for name, structure in list(spec.structures.items()):
        line = structure.source.line if structure.source else 0
        if not _STRUCTURE_NAME.fullmatch(name):
            spec.warnings.append(f"{path}:{line}: left out the structure {name[:80]!r}: not a structure name")
            del spec.structures[name]
            continue
        structure.fields = fields(name, line, structure.fields)


def _service(domain: str) -> tuple[str, str]:
    """(service, endpoint) from the request domain: 'cvm.tencentcloudapi.com' and regional forms name an API 3.0
    service; an API 2.0 domain ('eip.api.qcloud.com') names the service but no 3.0 endpoint; another host
    ('iot.cloud.tencent.com') is the endpoint itself."""
    if not domain:
        return "", ""
    domain = domain.lower()
    label = domain.split(".")[0]
    if domain.endswith(_API_SUFFIX):
        return label, f"{label}{_API_SUFFIX}"
    if domain.endswith(_LEGACY_SUFFIX):
        return label, ""
    return label, domain


_OFFLINE = re.compile(r"已下线|已废弃|已停用|deprecated|offline|discontinued", re.I)
_USE_INSTEAD = re.compile(r"(?:请使用新接口|请使用|use)\s*([A-Za-z][A-Za-z0-9.]*)", re.I)


def _overview_only(spec: ServiceSpec, reference: Reference, path: str) -> None:
    """Actions an API overview lists but no page documents: offline ones become legacy actions naming their
    replacement; any other is a warning (the document lost its page)."""
    for name, (purpose, limit, line) in sorted(reference.overview.items()):
        if name in spec.actions:
            continue
        if _OFFLINE.search(purpose):
            match = _USE_INSTEAD.search(purpose)
            replacement = match.group(1) if match else None
            spec.actions[name] = Action(
                name=name,
                description=purpose,
                rate_limit=limit,
                source=Source(path, line),
                legacy=Legacy(replacement=replacement, note=f"listed as offline in the API overview: {purpose}"),
            )
        else:
            spec.warnings.append(f"{path}:{line}: the API overview lists {name} ({purpose}) but no page documents it")
