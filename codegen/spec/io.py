"""The spec on disk: ServiceSpec ⇄ JSON with a stable layout, validated against spec/schema.json."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError
from codegen.resources import schema_path
from codegen.spec.jsonwrite import dumps_indented
from codegen.spec.model import (
    Action,
    Conflict,
    Constraints,
    ErrorCode,
    Example,
    Field,
    Legacy,
    Region,
    ServiceSpec,
    Source,
    Structure,
)

SCHEMA_PATH = schema_path()
_CONSTRAINT_KEYS = ("enum", "minimum", "maximum", "max_length", "format", "default")


def spec_filename(service: str, version: str) -> str:
    return f"{service}-{version}.json"


def dump_spec(spec: ServiceSpec, *, check: bool = True) -> str:
    """The spec as JSON text: fixed key order, names sorted where order carries no meaning, trailing newline.
    `check=False` skips schema validation, for callers that validate only what they are about to write."""
    data = spec_to_dict(spec)
    if check:
        validate(data, f"{spec.service}-{spec.version}")
    return dumps_indented(data) + "\n"


def load_spec(path: Path) -> ServiceSpec:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise CodegenError(f"{path}: not valid JSON: {exc}") from None
    validate(data, str(path))
    return spec_from_dict(data)


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


@lru_cache(maxsize=1)
def _check() -> Any:
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema())


@lru_cache(maxsize=1)
def _explain() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(_schema())


def validate(data: dict[str, Any], where: str) -> None:
    """Raise CodegenError naming the first place where `data` breaks spec/schema.json. jsonschema-rs answers whether
    it does (about a hundred times faster on a large spec); jsonschema words the error."""
    if _check().is_valid(data):
        return
    errors = sorted(_explain().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        location = "/".join(str(p) for p in first.absolute_path) or "(top)"
        place = _source_of(data, list(first.absolute_path), first.instance)
        raise CodegenError(f"{place}{where}: spec does not match spec/schema.json at {location}: {first.message}")


def _source_of(data: Any, path: list[Any], instance: Any) -> str:
    """'FILE:LINE: ' of the innermost item on `path` that records its source (or the entry `instance` names, when
    the error is about a key), else ''."""
    found = ""
    steps = iter([*path, instance])
    while True:
        source = data.get("source") if isinstance(data, dict) else None
        if isinstance(source, dict) and isinstance(source.get("file"), str) and isinstance(source.get("line"), int):
            found = f"{source['file']}:{source['line']}: "
        try:
            data = data[next(steps)]
        except (StopIteration, KeyError, IndexError, TypeError):
            return found


def _constraints_to_dict(c: Constraints) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _CONSTRAINT_KEYS:
        value = getattr(c, key)
        if value is not None:
            out[key] = value
    if c.deprecated:
        out["deprecated"] = True
    if out:
        out["evidence"] = list(c.evidence)
    return out


def _field_to_dict(f: Field) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": f.name,
        "type": f.type,
        "array": f.array,
        "required": f.required,
        "nullable": f.nullable,
        "description": f.description,
    }
    if f.example is not None:
        out["example"] = f.example
    out["constraints"] = _constraints_to_dict(f.constraints)
    return out


def _example_to_dict(e: Example) -> dict[str, Any]:
    out: dict[str, Any] = {"title": e.title, "request": e.request, "response": e.response}
    if e.request_text is not None:
        out["request_text"] = e.request_text
    if e.response_text is not None:
        out["response_text"] = e.response_text
    if e.problems:
        out["problems"] = list(e.problems)
    return out


def _action_to_dict(a: Action) -> dict[str, Any]:
    out: dict[str, Any] = {
        "description": a.description,
        "rate_limit": a.rate_limit,
        "input": [_field_to_dict(f) for f in a.input],
        "output": [_field_to_dict(f) for f in a.output],
        "examples": [_example_to_dict(e) for e in a.examples],
        "errors": sorted(set(a.errors)),
        "source": {"file": a.source.file, "line": a.source.line},
    }
    if a.legacy is not None:
        out["legacy"] = {"replacement": a.legacy.replacement, "note": a.legacy.note}
    return out


def _structure_to_dict(s: Structure) -> dict[str, Any]:
    out: dict[str, Any] = {
        "description": s.description,
        "defined": s.defined,
        "fields": [_field_to_dict(f) for f in s.fields],
        "referenced_by": sorted(set(s.referenced_by)),
    }
    if s.source is not None:
        out["source"] = {"file": s.source.file, "line": s.source.line}
    return out


def spec_to_dict(spec: ServiceSpec) -> dict[str, Any]:
    return {
        "service": spec.service,
        "version": spec.version,
        "endpoint": spec.endpoint,
        "actions": {name: _action_to_dict(spec.actions[name]) for name in sorted(spec.actions)},
        "structures": {name: _structure_to_dict(spec.structures[name]) for name in sorted(spec.structures)},
        "errors": {code: {"description": spec.errors[code].description} for code in sorted(spec.errors)},
        "regions": [{"name": r.name, "description": r.description} for r in spec.regions],
        "conflicts": [vars(c).copy() for c in spec.conflicts],
        "warnings": sorted(set(spec.warnings)),
        "sources": sorted(set(spec.sources)),
    }


def _field_from_dict(d: dict[str, Any]) -> Field:
    c = d.get("constraints", {})
    return Field(
        name=d["name"],
        type=d["type"],
        array=d["array"],
        required=d["required"],
        nullable=d["nullable"],
        description=d["description"],
        example=d.get("example"),
        constraints=Constraints(
            enum=c.get("enum"),
            minimum=c.get("minimum"),
            maximum=c.get("maximum"),
            max_length=c.get("max_length"),
            format=c.get("format"),
            default=c.get("default"),
            deprecated=c.get("deprecated", False),
            evidence=list(c.get("evidence", [])),
        ),
    )


def _source(d: dict[str, Any] | None) -> Source | None:
    return Source(d["file"], d["line"]) if d else None


def spec_from_dict(data: dict[str, Any]) -> ServiceSpec:
    actions = {}
    for name, a in data["actions"].items():
        legacy = a.get("legacy")
        actions[name] = Action(
            name=name,
            description=a["description"],
            rate_limit=a["rate_limit"],
            input=[_field_from_dict(f) for f in a["input"]],
            output=[_field_from_dict(f) for f in a["output"]],
            examples=[
                Example(
                    title=e["title"],
                    request=e["request"],
                    response=e["response"],
                    request_text=e.get("request_text"),
                    response_text=e.get("response_text"),
                    problems=list(e.get("problems", [])),
                )
                for e in a["examples"]
            ],
            errors=list(a["errors"]),
            source=_source(a["source"]) or Source("", 0),
            legacy=Legacy(legacy["replacement"], legacy["note"]) if legacy else None,
        )
    structures = {
        name: Structure(
            name=name,
            description=s["description"],
            fields=[_field_from_dict(f) for f in s["fields"]],
            defined=s["defined"],
            referenced_by=list(s["referenced_by"]),
            source=_source(s.get("source")),
        )
        for name, s in data["structures"].items()
    }
    return ServiceSpec(
        service=data["service"],
        version=data["version"],
        endpoint=data["endpoint"],
        actions=actions,
        structures=structures,
        errors={code: ErrorCode(code, e["description"]) for code, e in data["errors"].items()},
        regions=[Region(r["name"], r["description"]) for r in data["regions"]],
        conflicts=[Conflict(**c) for c in data["conflicts"]],
        warnings=list(data["warnings"]),
        sources=list(data["sources"]),
    )
