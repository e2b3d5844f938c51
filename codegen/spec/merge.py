"""Merge partial specs (one per document) into one spec per (service, version), reporting every conflict.

The merged spec has actions and structures of its own but shares the partials' fields, examples, error codes and
legacy notes: the merge never changes one of those in place (a field it completes is replaced by a new one), so the
partials stay as parsed without copying every field of a large spec."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from codegen.parse.references import declare_references
from codegen.spec.model import Action, Conflict, Field, ServiceSpec, Structure

_FIELD_ATTRIBUTES = ("type", "array", "required", "nullable", "description", "example")


@dataclass(frozen=True)
class Ranked:
    """A partial spec with the reason it outranks later ones."""

    spec: ServiceSpec
    source: str
    rule: str


def rank(partials: list[ServiceSpec]) -> list[Ranked]:
    """Most authoritative first: a newer last-updated date, then more parameters, then configuration order."""

    def size(spec: ServiceSpec) -> int:
        return sum(len(a.input) + len(a.output) for a in spec.actions.values())

    order = {id(p): i for i, p in enumerate(partials)}
    ordered = sorted(partials, key=lambda p: (p.updated == "", _negate(p.updated), -size(p), order[id(p)]))
    ranked: list[Ranked] = []
    for i, spec in enumerate(ordered):
        source = spec.sources[0] if spec.sources else "?"
        if i == 0:
            ranked.append(Ranked(spec, source, ""))
            continue
        better = ordered[0]
        if better.updated and better.updated != spec.updated:
            rule = f"newer revision wins: last updated {better.updated} vs {spec.updated or 'not stated'}"
        elif size(better) != size(spec):
            rule = f"more complete revision wins: {size(better)} parameters vs {size(spec)}"
        else:
            rule = "earlier source in the configuration wins"
        ranked.append(Ranked(spec, source, rule))
    return ranked


def _negate(date: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in date)


def merge_specs(service: str, version: str, partials: list[ServiceSpec]) -> ServiceSpec:
    """One spec from many partial ones; disagreements are resolved by rank and listed in `conflicts`."""
    ranked = rank(partials)
    merged = ServiceSpec(service=service, version=version)
    origins: dict[str, str] = {}
    for entry in ranked:
        part = entry.spec
        merged.sources.extend(part.sources)
        merged.warnings.extend(w for w in part.warnings if not w.startswith("structure "))
        merged.endpoint = merged.endpoint or part.endpoint
        for name, action in part.actions.items():
            kept = merged.actions.get(name)
            if kept is not None and _is_stub(kept) and not _is_stub(action):
                merged.warnings.append(_stub_warning(kept, origins[name], entry.source))
                stub, kept = kept, None
                action = _marked_deprecated(action, stub)
            elif kept is not None and _is_stub(action) and not _is_stub(kept):
                merged.warnings.append(_stub_warning(action, entry.source, origins[name]))
                if kept.legacy is None:
                    kept.legacy = action.legacy
                continue
            if kept is None:
                merged.actions[name] = _own_action(action)
                origins[name] = entry.source
            else:
                _merge_action(merged, kept, action, entry, origins[name])
        for name, structure in part.structures.items():
            _merge_structure(merged, name, structure, entry)
        for code, error in part.errors.items():
            merged.errors.setdefault(code, error)
        merged.regions = merged.regions or list(part.regions)
    if not merged.endpoint and service:
        merged.endpoint = f"{service}.tencentcloudapi.com"
    declare_references(merged)
    return merged


def _report(
    merged: ServiceSpec, where: str, attribute: str, kept: Any, dropped: Any, kept_from: str, entry: Ranked
) -> None:
    merged.conflicts.append(
        Conflict(
            where=where,
            attribute=attribute,
            kept=kept,
            dropped=dropped,
            kept_from=kept_from,
            dropped_from=entry.source,
            rule=entry.rule,
        )
    )


def _merge_fields(
    merged: ServiceSpec, where: str, kept: list[Field], other: list[Field], kept_from: str, entry: Ranked
) -> None:
    at = {f.name: i for i, f in enumerate(kept)}
    for field in other:
        i = at.get(field.name)
        if i is None:
            at[field.name] = len(kept)
            kept.append(field)
            continue
        mine = kept[i]
        completed: dict[str, Any] = {}
        for attribute in _FIELD_ATTRIBUTES:
            ours, theirs = getattr(mine, attribute), getattr(field, attribute)
            if ours == theirs:
                continue
            if attribute in ("description", "example") and not ours:
                completed[attribute] = theirs
                continue
            if attribute in ("description", "example") and not theirs:
                continue
            _report(merged, f"{where}.{field.name}", attribute, ours, theirs, kept_from, entry)
        if mine.constraints.is_empty() and not field.constraints.is_empty():
            completed["constraints"] = field.constraints
        if completed:
            kept[i] = replace(mine, **completed)


def _own_action(action: Action) -> Action:
    """A copy of `action` whose lists the merge may extend; their items stay shared."""
    return replace(
        action,
        input=list(action.input),
        output=list(action.output),
        examples=list(action.examples),
        errors=list(action.errors),
    )


def _is_stub(action: Action) -> bool:
    """An action known only from a list (an API overview), with no page of its own."""
    return action.legacy is not None and not action.input and not action.output and not action.examples


def _marked_deprecated(action: Action, stub: Action) -> Action:
    """The documented action, carrying the overview's word that it is offline or deprecated (and its replacement)."""
    if action.legacy is not None or stub.legacy is None:
        return action
    return replace(action, legacy=stub.legacy)


def _stub_warning(stub: Action, stub_from: str, page_from: str) -> str:
    note = stub.legacy.note if stub.legacy else ""
    return f"{stub.name}: {stub_from} says {note!r}; kept the action documented in {page_from}"


def _merge_action(merged: ServiceSpec, kept: Action, other: Action, entry: Ranked, kept_from: str) -> None:
    where = kept.name
    if other.description and other.description != kept.description:
        if kept.description:
            _report(merged, where, "description", kept.description, other.description, kept_from, entry)
        else:
            kept.description = other.description
    if other.rate_limit is not None and other.rate_limit != kept.rate_limit:
        if kept.rate_limit is None:
            kept.rate_limit = other.rate_limit
        else:
            _report(merged, where, "rate_limit", kept.rate_limit, other.rate_limit, kept_from, entry)
    _merge_fields(merged, f"{where}.input", kept.input, other.input, kept_from, entry)
    _merge_fields(merged, f"{where}.output", kept.output, other.output, kept_from, entry)
    known = [(e.request, e.response) for e in kept.examples]
    kept.examples.extend(e for e in other.examples if (e.request, e.response) not in known)
    kept.errors = sorted(set(kept.errors) | set(other.errors))
    if kept.legacy is None and other.legacy is not None:
        kept.legacy = other.legacy


def _merge_structure(merged: ServiceSpec, name: str, structure: Structure, entry: Ranked) -> None:
    kept = merged.structures.get(name)
    if kept is None or (not kept.defined and structure.defined):
        replacement = replace(structure, fields=list(structure.fields), referenced_by=list(structure.referenced_by))
        if kept is not None:
            replacement.referenced_by = sorted(set(kept.referenced_by) | set(structure.referenced_by))
        merged.structures[name] = replacement
        return
    if not structure.defined:
        return
    kept_from = kept.source.file if kept.source else "?"
    if structure.description and not kept.description:
        kept.description = structure.description
    _merge_fields(merged, name, kept.fields, structure.fields, kept_from, entry)
