"""What the generated tests check, worked out from the spec alone (not from the runtime they test)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from codegen.render.layout import Comprehension, Item, call
from codegen.render.literals import literal
from codegen.spec.values import contradicts_primitive
from codegen.render.views import ActionView, FieldView

_FORMAT_SHAPES = {
    "date-time": re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?"),
    "date": re.compile(r"\d{4}-\d\d-\d\d"),
    "yyyy-mm-dd hh:mm:ss": re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"),
}
_PLACEHOLDER_FORMATS = {
    "date-time": "2020-01-01T00:00:00Z",
    "date": "2020-01-01",
    "yyyy-mm-dd hh:mm:ss": "2020-01-01 00:00:00",
}


@dataclass
class ExampleCase:
    title: str
    request: dict[str, Any]
    response: dict[str, Any]
    rejected: list[str] = field(default_factory=list)
    skip: str | None = None
    sent: dict[str, Any] = field(default_factory=dict)


@dataclass
class ActionCases:
    examples: list[ExampleCase]
    minimal: dict[str, Any]
    minimal_call: list[Item]
    required: list[FieldView]


def _value_problems(f: FieldView, value: Any, structures: dict[str, list[FieldView]]) -> bool:
    """Does a documented example value contradict the table's type or stated constraints (nested ones too)?"""
    if value is None or f.table_type == "Object":
        return False
    if f.array:
        return not isinstance(value, list) or any(_value_problems(_scalar(f), v, structures) for v in value)
    if f.structure:
        if not isinstance(value, dict):
            return True
        members = {m.wire: m for m in structures[f.structure]}
        missing = any(m.required and value.get(m.wire) is None for m in members.values())
        return missing or any(w in members and _value_problems(members[w], v, structures) for w, v in value.items())
    wrong = contradicts_primitive(f.table_type, value)
    if wrong is None:
        return False
    if wrong:
        return True
    c = f.constraints
    if "enum" in c and value not in c["enum"]:
        return True
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if ("minimum" in c and value < c["minimum"]) or ("maximum" in c and value > c["maximum"]):
            return True
    if isinstance(value, str) and "max_length" in c and len(value) > c["max_length"]:
        return True
    if isinstance(value, str) and "format" in c and not _FORMAT_SHAPES[c["format"]].fullmatch(value):
        return True
    return False


def _misread(request: dict[str, Any], fields: dict[str, FieldView]) -> str | None:
    """Why an example cannot be trusted as a test: it sends parameters the table does not list, so the parser may
    have read it wrongly (the spec's example carries the same note)."""
    unknown = [k for k in request if k not in fields and not any(w.startswith(f"{k}.") for w in fields)]
    if not unknown:
        return None
    return f"example sends {', '.join(unknown)}, which the parameter table does not list: it may have been misread"


def _sent(fields: list[FieldView], value: dict[str, Any], structures: dict[str, list[FieldView]]) -> dict[str, Any]:
    """What a request built from `value` sends: documented fields that are None are left out, at any depth."""
    known = {f.wire: f for f in fields}
    out: dict[str, Any] = {}
    for wire, item in value.items():
        f = known.get(wire)
        if f is None:
            out[wire] = item
        elif item is None:
            continue
        elif f.structure and f.array and isinstance(item, list):
            members = structures[f.structure]
            out[wire] = [_sent(members, v, structures) if isinstance(v, dict) else v for v in item]
        elif f.structure and isinstance(item, dict):
            out[wire] = _sent(structures[f.structure], item, structures)
        else:
            out[wire] = item
    return out


def _scalar(f: FieldView) -> FieldView:
    return FieldView(**{**f.__dict__, "array": False})


def _placeholder(f: FieldView, structures: dict[str, list[FieldView]], depth: int = 0) -> Any:
    c = f.constraints
    if "enum" in c:
        value: Any = c["enum"][0]
    elif f.structure:
        value = _minimal_structure(f.structure, structures, depth + 1)
    elif f.table_type == "Object":
        value = {}
    elif f.table_type == "Integer":
        low = c.get("minimum", 1)
        value = int(low) if math.isfinite(low) and low == int(low) else 1
    elif f.table_type == "Float":
        low = float(c.get("minimum", 1.0))
        value = low if math.isfinite(low) else 1.0
    elif f.table_type == "Boolean":
        value = True
    elif "format" in c:
        value = _PLACEHOLDER_FORMATS[c["format"]]
    else:
        value = (f.example or "example")[: c.get("max_length", 64)] if f.table_type == "String" else "example"
    return [value] if f.array else value


def _minimal_structure(class_name: str, structures: dict[str, list[FieldView]], depth: int = 0) -> dict[str, Any]:
    if depth > 5:
        return {}
    return {f.wire: _placeholder(f, structures, depth) for f in structures[class_name] if f.required}


def reachable_structures(action: ActionView, structures: dict[str, list[FieldView]]) -> dict[str, list[FieldView]]:
    """The fields of every structure the action's request reaches, by class name: all that its cases depend on
    besides the action itself."""
    found: dict[str, list[FieldView]] = {}
    todo = [f.structure for f in action.request.fields if f.structure]
    while todo:
        name = todo.pop()
        if name not in found:
            found[name] = structures[name]
            todo.extend(f.structure for f in found[name] if f.structure)
    return dict(sorted(found.items()))


def action_cases(action: ActionView, structures: dict[str, list[FieldView]]) -> ActionCases:
    """The documented examples as test cases and the minimal call; `structures` maps class names to fields and
    must hold every structure the request reaches (see `reachable_structures`)."""
    fields = {f.wire: f for f in action.request.fields}
    examples: list[ExampleCase] = []
    members = structures
    for ex in action.examples:
        response = ex["response"].get("Response")
        if not isinstance(response, dict) or "Error" in response:
            continue
        case = ExampleCase(ex["title"], ex["request"], response, skip=_misread(ex["request"], fields))
        contradicting = {
            fields[w].attr for w, v in ex["request"].items() if w in fields and _value_problems(fields[w], v, members)
        }
        missing = {f.attr for f in action.request.fields if f.required and ex["request"].get(f.wire) is None}
        case.rejected = sorted(contradicting | missing)
        case.sent = _sent(action.request.fields, ex["request"], members)
        examples.append(case)
    required = [f for f in action.request.fields if f.required]
    minimal = {f.wire: _placeholder(f, structures) for f in required}
    arguments: list[Item] = []
    for f in required:
        value = minimal[f.wire]
        if f.structure and f.array:
            from_dict = f"structures.{f.structure}.from_dict(item)"
            arguments.append(Comprehension(f"{f.attr}=[", from_dict, "for item in ", literal(value), "]"))
        elif f.structure:
            arguments.append(call(f"{f.attr}=structures.{f.structure}.from_dict(", [literal(value)]))
        else:
            arguments.append(literal(value, f"{f.attr}="))
    return ActionCases(examples, minimal, arguments, required)
