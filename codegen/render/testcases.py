"""What the generated tests check, worked out from the spec alone (not from the runtime they test)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.render.views import ActionView, FieldView, ServiceView

_PY_CHECK = {
    "String": (str,),
    "Timestamp": (str,),
    "Timestamp ISO8601": (str,),
    "Binary": (str,),
    "Integer": (int,),
    "Float": (int, float),
    "Boolean": (bool,),
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
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass
class ActionCases:
    examples: list[ExampleCase]
    minimal: dict[str, Any]
    minimal_call: list[str]
    required: list[FieldView]
    imports: list[tuple[str, str]]


def _value_problems(f: FieldView, value: Any) -> bool:
    """Does a documented example value contradict the table's type or stated constraints?"""
    if value is None or f.structure or f.table_type == "Object":
        return False
    if f.array:
        return not isinstance(value, list) or any(_value_problems(_scalar(f), v) for v in value)
    expected = _PY_CHECK.get(f.table_type)
    if expected is None:
        return False
    if isinstance(value, bool) and bool not in expected:
        return True
    if not isinstance(value, expected):
        return True
    c = f.constraints
    if "enum" in c and value not in c["enum"]:
        return True
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if ("minimum" in c and value < c["minimum"]) or ("maximum" in c and value > c["maximum"]):
            return True
    if isinstance(value, str) and "max_length" in c and len(value) > c["max_length"]:
        return True
    return False


def _scalar(f: FieldView) -> FieldView:
    return FieldView(**{**f.__dict__, "array": False})


def _placeholder(f: FieldView, service: ServiceView) -> Any:
    c = f.constraints
    if "enum" in c:
        value: Any = c["enum"][0]
    elif f.structure:
        value = _minimal_structure(f.structure, service)
    elif f.table_type == "Object":
        value = {}
    elif f.table_type == "Integer":
        value = int(c.get("minimum", 1)) if c.get("minimum", 1) == int(c.get("minimum", 1)) else 1
    elif f.table_type == "Float":
        value = float(c.get("minimum", 1.0))
    elif f.table_type == "Boolean":
        value = True
    elif "format" in c:
        value = _PLACEHOLDER_FORMATS[c["format"]]
    else:
        value = (f.example or "example")[: c.get("max_length", 64)] if f.table_type == "String" else "example"
    return [value] if f.array else value


def _minimal_structure(class_name: str, service: ServiceView, depth: int = 0) -> dict[str, Any]:
    structure = next(s for s in service.structures if s.model.class_name == class_name)
    if depth > 5:
        return {}
    return {f.wire: _placeholder(f, service) for f in structure.model.fields if f.required}


def action_cases(action: ActionView, service: ServiceView) -> ActionCases:
    fields = {f.wire: f for f in action.request.fields}
    outputs = {f.wire: f for f in action.response.fields}
    examples: list[ExampleCase] = []
    imports: set[tuple[str, str]] = set()
    modules = {s.model.class_name: s.module for s in service.structures}
    for ex in action.examples:
        response = ex["response"]
        if not isinstance(response.get("Response"), dict) or "Error" in response["Response"]:
            continue
        case = ExampleCase(ex["title"], ex["request"], response)
        case.problems = sorted(w for w, v in ex["request"].items() if w in fields and _value_problems(fields[w], v))
        case.problems += sorted(f.wire for f in action.request.fields if f.required and f.wire not in ex["request"])
        case.problems = sorted(set(case.problems))
        for wire, value in response["Response"].items():
            f = outputs.get(wire)
            if f is None:
                continue
            if f.structure and isinstance(value, (dict, list)):
                imports.add((modules[f.structure], f.structure))
            if f.structure and isinstance(value, dict):
                case.checks.append(f"assert isinstance(response.{f.attr}, {f.structure})")
            elif (
                f.structure
                and f.array
                and isinstance(value, list)
                and value
                and all(isinstance(v, dict) for v in value)
            ):
                case.checks.append(
                    f"assert isinstance(response.{f.attr}, list) and all(isinstance(item, {f.structure}) for item in response.{f.attr})"
                )
            elif not f.structure:
                operator = "is" if value is None or isinstance(value, bool) else "=="
                case.checks.append(f"assert response.{f.attr} {operator} {value!r}")
        examples.append(case)
    required = [f for f in action.request.fields if f.required]
    minimal = {f.wire: _placeholder(f, service) for f in required}
    call: list[str] = []
    for f in required:
        value = minimal[f.wire]
        if f.structure:
            imports.add((modules[f.structure], f.structure))
            expr = (
                f"[{f.structure}.from_dict(item) for item in {value!r}]"
                if f.array
                else f"{f.structure}.from_dict({value!r})"
            )
        else:
            expr = repr(value)
        call.append(f"{f.attr}={expr}")
    return ActionCases(examples, minimal, call, required, sorted(imports))
