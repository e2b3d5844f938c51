"""Constraints checked against the rest of the document: the documented example values of each field must satisfy
them (a constraint an example breaks is left out), and every doubtful sentence is reported as a warning.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from codegen.parse.constraints import Reading, shared_reading
from codegen.spec.model import Constraints, Field, ServiceSpec, Source
from codegen.spec.values import contradicts_primitive

_COUNTS = re.compile(r"数组|个数|数量|条数|元素|\d+\s*个|array|items|elements|entries|number of", re.I)
FORMAT_SHAPES = {
    "date-time": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "yyyy-mm-dd hh:mm:ss": re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"),
}


def broken_by(constraints: Constraints, value: Any) -> list[str]:
    """The constraints (by key) that a documented value does not meet."""
    c = constraints
    broken: list[str] = []
    if c.enum is not None and value not in c.enum:
        broken.append("enum")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if c.minimum is not None and value < c.minimum:
            broken.append("minimum")
        if c.maximum is not None and value > c.maximum:
            broken.append("maximum")
    if isinstance(value, str):
        if c.max_length is not None and len(value) > c.max_length:
            broken.append("max_length")
        if c.format in FORMAT_SHAPES and not FORMAT_SHAPES[c.format].fullmatch(value):
            broken.append("format")
    return broken


def typed_example(field: Field) -> Any:
    """The field's '示例值' / 'Example value' read as its type; None when it does not read as one."""
    text = (field.example or "").strip()
    if not text or field.array:
        return None
    if field.type == "Integer":
        return int(text) if re.fullmatch(r"-?\d+", text) else None
    if field.type == "Float":
        return float(text) if re.fullmatch(r"-?\d+(?:\.\d+)?", text) else None
    if field.type in ("String", "Timestamp", "Timestamp ISO8601"):
        return text
    return None


def _walk(
    fields: list[Field], owner: str, value: Any, spec: ServiceSpec, depth: int = 0
) -> Iterator[tuple[str, Field, Any]]:
    if not isinstance(value, dict) or depth > 20:
        return
    for f in fields:
        if f.name not in value:
            continue
        items = value[f.name] if f.array and isinstance(value[f.name], list) else [value[f.name]]
        structure = spec.structures.get(f.type)
        for item in items:
            if structure is not None:
                yield from _walk(structure.fields, f.type, item, spec, depth + 1)
            elif item is not None and contradicts_primitive(f.type, item) is False:
                yield owner, f, item


def documented_values(spec: ServiceSpec) -> dict[tuple[str, str], list[Any]]:
    """Every value the document's examples give each field: request and response examples, and 示例值."""
    found: dict[tuple[str, str], list[Any]] = {}
    for owner, fields in _owners(spec):
        for f in fields:
            example = typed_example(f)
            if example is not None:
                found.setdefault((owner, f.name), []).append(example)
    for action in spec.actions.values():
        for example in action.examples:
            response = (example.response or {}).get("Response", {})
            for owner, f, value in [
                *_walk(action.input, action.name, example.request or {}, spec),
                *_walk(action.output, action.name, response, spec),
            ]:
                found.setdefault((owner, f.name), []).append(value)
    return found


def _owners(spec: ServiceSpec) -> Iterator[tuple[str, list[Field]]]:
    for action in spec.actions.values():
        yield action.name, action.input + action.output
    for structure in spec.structures.values():
        yield structure.name, structure.fields


def _source(spec: ServiceSpec, owner: str) -> Source:
    if owner in spec.actions:
        return spec.actions[owner].source
    source = spec.structures[owner].source if owner in spec.structures else None
    return source or Source(spec.sources[0] if spec.sources else "", 0)


def review_constraints(spec: ServiceSpec, readings: dict[tuple[str, str], Reading] | None = None) -> list[str]:
    """Leave out every constraint a documented example value breaks; warn about it and about every doubtful sentence.
    Returns the warnings ('FILE:LINE: Owner.Field: …'). `readings` holds descriptions already read, by (description,
    type)."""
    warnings: list[str] = []
    values = documented_values(spec)
    for owner, fields in _owners(spec):
        where = _source(spec, owner)
        for f in fields:
            prefix = f"{where.file}:{where.line}: {owner}.{f.name}"
            reading = (readings or {}).get((f.description, f.type)) or shared_reading(f.description, f.type)
            for doubt in reading.doubts:
                warnings.append(f"{prefix}: {doubt.reason}: “{doubt.sentence.replace(chr(10), ' / ')}”")
            dropped: set[str] = set()
            if f.array:
                for key in ("minimum", "maximum", "max_length"):
                    sentence = reading.sources.get(key)
                    if sentence and getattr(f.constraints, key) is not None and _COUNTS.search(sentence):
                        dropped.add(key)
                        warnings.append(f"{prefix}: {key} left out: it counts the array's items: “{sentence}”")
            for value in values.get((owner, f.name), []):
                for key in broken_by(f.constraints, value):
                    if key in dropped:
                        continue
                    dropped.add(key)
                    stated = getattr(f.constraints, key)
                    warnings.append(
                        f"{prefix}: {key} {stated!r} left out: the documented example value {value!r} breaks it"
                    )
            if dropped:
                _drop(f.constraints, dropped, reading.sources)
    return warnings


def _drop(constraints: Constraints, keys: set[str], sources: dict[str, str]) -> None:
    for key in keys:
        setattr(constraints, key, None)
    kept = {sentence for key, sentence in sources.items() if key not in keys}
    gone = {sentence for key, sentence in sources.items() if key in keys}
    constraints.evidence = [e for e in constraints.evidence if e in kept or e not in gone]
