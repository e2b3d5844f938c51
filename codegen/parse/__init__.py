"""Parser: a Document → a partial ServiceSpec, using the conventions of Tencent Cloud API 3.0 pages."""

from __future__ import annotations

import re

from codegen.errors import SourceError
from codegen.ingest.document import Document
from codegen.parse.constraint_review import review_constraints
from codegen.parse.page import parse_page
from codegen.parse.reference import Reference, read_reference
from codegen.parse.references import declare_references
from codegen.parse.sections import split_pages
from codegen.spec.model import Action, Legacy, ServiceSpec, Source, Structure

_API_SUFFIX = ".tencentcloudapi.com"
_LEGACY_SUFFIX = ".api.qcloud.com"


def parse_document(doc: Document) -> ServiceSpec:
    """Every action page of the document, with the service and version the pages state."""
    pages, outside = split_pages(doc.blocks)
    reference = read_reference(outside, doc.path)
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
    for page in pages:
        try:
            facts = parse_page(page, doc.path)
        except SourceError as exc:
            if len(pages) == 1:
                raise
            spec.warnings.append(f"skipped the page at {exc.path}:{exc.line}: {exc.message}")
            continue
        spec.warnings.extend(facts.warnings)
        service, endpoint = _service(facts.service_domain)
        if service and spec.service and service != spec.service:
            raise SourceError(doc.path, page.line, f"expected pages of service {spec.service!r}, found {service!r}")
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
            spec.warnings.append(f"{doc.path}:{page.line}: legacy {facts.action.name} shadowed by the API 3.0 action")
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
    declare_references(spec)
    spec.warnings.extend(review_constraints(spec))
    return spec


def _service(domain: str) -> tuple[str, str]:
    """(service, endpoint) from the request domain: 'cvm.tencentcloudapi.com' and regional forms name an API 3.0
    service; an API 2.0 domain ('eip.api.qcloud.com') names the service but no 3.0 endpoint; another host
    ('iot.cloud.tencent.com') is the endpoint itself."""
    if not domain:
        return "", ""
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
