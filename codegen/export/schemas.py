"""Spec fields and structures as JSON Schema 2020-12 (the dialect of OpenAPI 3.1)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from codegen.spec.model import Field, ServiceSpec, Structure
from codegen.spec.values import contradicts_primitive

# The Tencent Cloud type each JSON Schema stands for; `x-tc-type` keeps the types JSON Schema cannot name.
_PRIMITIVE_SCHEMAS: dict[str, dict[str, Any]] = {
    "String": {"type": "string"},
    "Integer": {"type": "integer"},
    "Float": {"type": "number"},
    "Boolean": {"type": "boolean"},
    "Timestamp": {"type": "string", "x-tc-type": "Timestamp"},
    "Timestamp ISO8601": {"type": "string", "format": "date-time", "x-tc-type": "Timestamp ISO8601"},
    "Binary": {"type": "string", "x-tc-type": "Binary"},
}

Ref = Callable[[str], str]


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _value_schema(f: Field, spec: ServiceSpec, ref: Ref) -> dict[str, Any]:
    """The schema of one value of the field (an element, for arrays), with the limits the documents state."""
    if f.type in _PRIMITIVE_SCHEMAS:
        schema = dict(_PRIMITIVE_SCHEMAS[f.type])
    elif f.type in spec.structures:
        return {"$ref": ref(f.type)}
    else:  # `Object`, or a type no source defines (legacy pages): an open JSON object
        schema = {"type": "object"}
        if f.type != "Object":
            schema["x-tc-type"] = f.type
    c = f.constraints
    if c.enum is not None:
        schema["enum"] = list(c.enum)
    if c.minimum is not None:
        schema["minimum"] = _number(c.minimum)
    if c.maximum is not None:
        schema["maximum"] = _number(c.maximum)
    if c.max_length is not None and schema["type"] == "string":
        schema["maxLength"] = c.max_length
    if c.format is not None:
        schema["format"] = c.format
    if c.default is not None:
        schema["default"] = c.default
    return schema


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    schema["type"] = [schema["type"], "null"]
    if "enum" in schema:
        schema["enum"] = [*schema["enum"], None]
    return schema


def _example_value(f: Field) -> tuple[bool, Any]:
    """The field's documented example as a JSON value of its type, if the text reads as one."""
    text = f.example
    if text is None:
        return False, None
    if f.type in ("String", "Timestamp", "Timestamp ISO8601", "Binary") and not f.array:
        return True, text
    try:
        value = json.loads(text)
    except ValueError:
        return False, None
    if f.array and not isinstance(value, list):
        value = [value]
    items = value if f.array else [value]
    if any(_contradicts(f.type, item) for item in items):
        return False, None
    return True, value


def _contradicts(type_: str, value: Any) -> bool:
    verdict = contradicts_primitive(type_, value)
    return not isinstance(value, dict) if verdict is None else verdict


def field_schema(f: Field, spec: ServiceSpec, ref: Ref) -> dict[str, Any]:
    """A parameter or member as a property schema: type, array-ness, limits, nullability (a type array with
    "null"), description and example."""
    value = _value_schema(f, spec, ref)
    schema: dict[str, Any] = {"type": "array", "items": value} if f.array else value
    if f.nullable:
        schema = _nullable(schema)
    if f.description:
        schema["description"] = f.description
    if f.constraints.deprecated:
        schema["deprecated"] = True
    known, example = _example_value(f)
    if known:
        schema["examples"] = [example]
    return schema


def object_schema(
    fields: list[Field], spec: ServiceSpec, ref: Ref, *, description: str = "", required: tuple[str, ...] = ()
) -> dict[str, Any]:
    """An object with the fields as properties in documented order (the first of two equal names wins) and a
    required list of those marked required, plus any names in `required`."""
    properties: dict[str, Any] = {}
    required_names: list[str] = []
    for f in fields:
        if f.name in properties:
            continue
        properties[f.name] = field_schema(f, spec, ref)
        if f.required or f.name in required:
            required_names.append(f.name)
    schema: dict[str, Any] = {"type": "object"}
    if description:
        schema["description"] = description
    schema["properties"] = properties
    if required_names:
        schema["required"] = required_names
    return schema


def structure_schema(structure: Structure, spec: ServiceSpec, ref: Ref) -> dict[str, Any]:
    """A data structure as a component schema; one no source defines is an open object that says so."""
    schema = object_schema(structure.fields, spec, ref, description=structure.description)
    if not structure.defined:
        schema["x-tc-defined"] = False
        schema["x-tc-referenced-by"] = sorted(set(structure.referenced_by))
    if structure.source is not None:
        schema["x-tc-source"] = {"file": structure.source.file, "line": structure.source.line}
    return schema
