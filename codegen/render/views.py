"""The spec seen from the templates: Python names, type hints and field tables, decided once here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codegen.render.naming import attribute_names, class_name, module_name, snake, version_package
from codegen.spec.model import PRIMITIVE_TYPES, Action, Field, ServiceSpec, Structure

_PY_TYPES = {
    "String": "str",
    "Integer": "int",
    "Float": "float",
    "Boolean": "bool",
    "Timestamp": "str",
    "Timestamp ISO8601": "str",
    "Binary": "str",
    "Object": "dict[str, Any]",
}


@dataclass
class FieldView:
    wire: str
    attr: str
    hint: str
    table_type: str
    array: bool
    required: bool
    nullable: bool
    description: str
    example: str | None
    constraints: dict[str, Any]
    structure: str | None


@dataclass
class ModelView:
    class_name: str
    description: str
    fields: list[FieldView]
    imports: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ActionView:
    name: str
    method: str
    module: str
    description: str
    rate_limit: int | None
    request: ModelView
    response: ModelView
    errors: list[str]
    legacy_replacement: str | None
    legacy_note: str | None
    examples: list[dict[str, Any]]
    source: str


@dataclass
class StructureView:
    name: str
    module: str
    model: ModelView
    defined: bool
    referenced_by: list[str]


@dataclass
class ErrorView:
    code: str
    class_name: str
    parent: str
    description: str


@dataclass
class ServiceView:
    service: str
    version: str
    package: str
    module_path: str
    endpoint: str
    client_class: str
    actions: list[ActionView]
    structures: list[StructureView]
    errors: list[ErrorView]
    regions: list[str]
    rate_limits: dict[str, int]
    read_only: list[str]


_READ_ONLY_PREFIXES = ("Describe", "Get", "Query", "List", "Check", "Inquire", "Search", "Fetch")


def _structure_ref(name: str) -> str:
    return f"..structures.{module_name(name)}:{class_name(name)}"


def _field_view(f: Field, attr: str, spec: ServiceSpec, *, request: bool) -> FieldView:
    structure = spec.structures.get(f.type)
    defined_structure = structure is not None and structure.defined and f.type not in PRIMITIVE_TYPES
    if defined_structure:
        base, table_type = class_name(f.type), _structure_ref(f.type)
    else:
        base = _PY_TYPES.get(f.type, "dict[str, Any]")
        table_type = f.type if f.type in _PY_TYPES else "Object"
    hint = f"list[{base}]" if f.array else base
    if not (request and f.required):
        hint = f"{hint} | None | Unset"
    c = f.constraints
    constraints: dict[str, Any] = {}
    if table_type not in ("Object",) and not defined_structure:
        for key in ("enum", "minimum", "maximum", "max_length", "format"):
            value = getattr(c, key)
            if value is not None:
                constraints[key] = tuple(value) if key == "enum" else value
    return FieldView(
        wire=f.name,
        attr=attr,
        hint=hint,
        table_type=table_type,
        array=f.array,
        required=f.required,
        nullable=f.nullable,
        description=f.description,
        example=f.example,
        constraints=constraints,
        structure=class_name(f.type) if defined_structure else None,
    )


def _model_view(name: str, description: str, fields: list[Field], spec: ServiceSpec, *, request: bool) -> ModelView:
    names = attribute_names([f.name for f in fields])
    views = [_field_view(f, names[f.name], spec, request=request) for f in fields]
    imports = sorted(
        {(module_name(spec.structures[f.type].name), v.structure) for f, v in zip(fields, views) if v.structure}
    )
    return ModelView(class_name=name, description=description, fields=views, imports=imports)


def _action_view(action: Action, spec: ServiceSpec) -> ActionView:
    outputs = [f for f in action.output if f.name != "RequestId"]
    request_id = next((f for f in action.output if f.name == "RequestId"), None)
    response_fields = outputs + ([request_id] if request_id else [Field(name="RequestId", type="String")])
    return ActionView(
        name=action.name,
        method=snake(action.name),
        module=module_name(action.name),
        description=action.description,
        rate_limit=action.rate_limit,
        request=_model_view(f"{action.name}Request", _request_doc(action), action.input, spec, request=True),
        response=_model_view(
            f"{action.name}Response", f"Response of {action.name}.", response_fields, spec, request=False
        ),
        errors=sorted(action.errors),
        legacy_replacement=_replacement(action, spec),
        legacy_note=action.legacy.note if action.legacy else None,
        examples=[
            {"title": e.title, "request": e.request, "response": e.response}
            for e in action.examples
            if e.request is not None and e.response is not None
        ],
        source=f"{action.source.file}:{action.source.line}",
    )


def _replacement(action: Action, spec: ServiceSpec) -> str | None:
    """The replacement as the user calls it: `Name (client.method_name)` when it is an action of this service."""
    name = action.legacy.replacement if action.legacy else None
    if name is None:
        return None
    return f"{name} (client.{snake(name)})" if name in spec.actions and spec.actions[name].legacy is None else name


def _request_doc(action: Action) -> str:
    summary = action.description.strip().split("\n\n")[0] if action.description.strip() else ""
    return f"Request of {action.name}." + (f"\n\n{summary}" if summary else "")


def _structure_view(structure: Structure, spec: ServiceSpec) -> StructureView:
    return StructureView(
        name=structure.name,
        module=module_name(structure.name),
        model=_model_view(class_name(structure.name), structure.description, structure.fields, spec, request=False),
        defined=structure.defined,
        referenced_by=structure.referenced_by,
    )


def _error_views(spec: ServiceSpec) -> list[ErrorView]:
    codes = set(spec.errors)
    for action in spec.actions.values():
        codes.update(action.errors)
    api_codes = sorted(c for c in codes if not c.lstrip("-").isdigit())
    # every dotted parent gets a class too, so the hierarchy is complete
    for code in list(api_codes):
        parts = code.split(".")
        api_codes.extend(".".join(parts[:i]) for i in range(1, len(parts)))
    views: list[ErrorView] = []
    used: dict[str, str] = {}
    for code in sorted(set(api_codes), key=lambda c: (c.count("."), c)):
        name = class_name(code)
        if name in used and used[name] != code:
            name = class_name(code.replace(".", "_"))
        used[name] = code
        parent_code = code.rpartition(".")[0]
        parent = next((v.class_name for v in views if v.code == parent_code), "APIError") if parent_code else "APIError"
        description = spec.errors[code].description if code in spec.errors else ""
        views.append(ErrorView(code=code, class_name=name, parent=parent, description=description))
    return views


def service_view(spec: ServiceSpec, package: str) -> ServiceView:
    actions = [_action_view(spec.actions[name], spec) for name in sorted(spec.actions)]
    return ServiceView(
        service=spec.service,
        version=spec.version,
        package=package,
        module_path=f"{package}.{spec.service}.{version_package(spec.version)}",
        endpoint=spec.endpoint,
        client_class=f"{class_name(spec.service)}Client",
        actions=actions,
        structures=[
            _structure_view(spec.structures[n], spec) for n in sorted(spec.structures) if spec.structures[n].defined
        ],
        errors=_error_views(spec),
        regions=sorted(r.name for r in spec.regions),
        rate_limits={a.name: a.rate_limit for a in actions if a.rate_limit},
        read_only=[a.name for a in actions if a.name.startswith(_READ_ONLY_PREFIXES)],
    )
