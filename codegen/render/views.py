"""The spec seen from the templates: Python names, type hints and field tables, decided once here."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from codegen.render.naming import (
    attribute_names,
    class_names,
    method_names,
    module_name,
    module_names,
    version_package,
)
from codegen.render.literals import pyrepr
from codegen.resources import runtime_folder
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
_RUNTIME_ERRORS = runtime_folder() / "errors.py"


@lru_cache(maxsize=1)
def common_error_classes() -> dict[str, str]:
    """Common error code → the runtime's class name for it, read from the runtime itself (one source of truth)."""
    spec = importlib.util.spec_from_file_location("_codegen_runtime_errors", _RUNTIME_ERRORS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {code: cls.__name__ for code, cls in module.COMMON_ERRORS.items()}


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
    structures: bool = False


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
    replacement: str | None
    legacy_note: str | None
    overview_only: bool
    examples: list[dict[str, Any]]

    @property
    def callable(self) -> bool:
        return not self.overview_only

    @property
    def deprecated(self) -> bool:
        return self.legacy_note is not None and not self.overview_only


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
    common: str | None


@dataclass(frozen=True)
class ServiceHeader:
    """What every module of a service names: the service, its package and its client class."""

    service: str
    version: str
    package: str
    service_package: str
    module_path: str
    endpoint: str
    client_class: str


@dataclass
class ServiceView:
    header: ServiceHeader
    actions: list[ActionView]
    structures: list[StructureView]
    errors: list[ErrorView]
    regions: list[str]
    rate_limits: dict[str, int]
    read_only: list[str]


_READ_ONLY_PREFIXES = ("Describe", "Get", "Query", "List", "Check", "Inquire", "Search", "Fetch")


@dataclass
class _Names:
    """The Python names of a service's structures and actions, decided together so none collide."""

    structure_class: dict[str, str]
    structure_module: dict[str, str]
    method: dict[str, str]
    action_module: dict[str, str]
    request_class: dict[str, str]
    response_class: dict[str, str]


def _names(spec: ServiceSpec) -> _Names:
    structures = [n for n in sorted(spec.structures) if spec.structures[n].defined]
    actions = sorted(spec.actions)
    return _Names(
        structure_class=class_names(structures),
        structure_module=module_names(structures),
        method=method_names(actions),
        action_module=module_names(actions),
        request_class=class_names(actions, "Request"),
        response_class=class_names(actions, "Response"),
    )


def _literal(values: tuple[Any, ...], base: str) -> str | None:
    """`Literal[...]` for a documented value list of strings or integers (the types Literal admits)."""
    kind = {"str": str, "int": int}.get(base)
    if kind is None or not values or not all(type(v) is kind for v in values):
        return None
    return "Literal[" + ", ".join(pyrepr(v) for v in values) + "]"


def _field_view(f: Field, attr: str, spec: ServiceSpec, names: _Names, *, request: bool) -> FieldView:
    structure = spec.structures.get(f.type)
    defined_structure = structure is not None and structure.defined and f.type not in PRIMITIVE_TYPES
    c = f.constraints
    constraints: dict[str, Any] = {}
    if defined_structure:
        base = f"structures.{names.structure_class[f.type]}"
        table_type = f"..structures.{names.structure_module[f.type]}:{names.structure_class[f.type]}"
    else:
        base = _PY_TYPES.get(f.type, "dict[str, Any]")
        table_type = f.type if f.type in _PY_TYPES else "Object"
        if table_type != "Object":
            for key in ("enum", "minimum", "maximum", "max_length", "format"):
                value = getattr(c, key)
                if value is not None:
                    constraints[key] = tuple(value) if key == "enum" else value
    if request and "enum" in constraints:
        base = _literal(constraints["enum"], base) or base
    hint = f"list[{base}]" if f.array else base
    if request:
        hint = hint if f.required else f"{hint} | Unset"
    else:
        hint = f"{hint} | None | Unset"
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
        structure=names.structure_class[f.type] if defined_structure else None,
    )


def _model_view(
    name: str, description: str, fields: list[Field], spec: ServiceSpec, names: _Names, *, request: bool
) -> ModelView:
    attrs = attribute_names([f.name for f in fields])
    views = [_field_view(f, attrs[f.name], spec, names, request=request) for f in fields]
    return ModelView(class_name=name, description=description, fields=views, structures=any(v.structure for v in views))


def _action_view(action: Action, spec: ServiceSpec, names: _Names) -> ActionView:
    outputs = [f for f in action.output if f.name != "RequestId"]
    request_id = next((f for f in action.output if f.name == "RequestId"), None)
    response_fields = outputs + ([request_id] if request_id else [Field(name="RequestId", type="String")])
    overview_only = action.legacy is not None and not action.input and not action.output
    return ActionView(
        name=action.name,
        method=names.method[action.name],
        module=names.action_module[action.name],
        description=action.description,
        rate_limit=action.rate_limit,
        request=_model_view(
            names.request_class[action.name], _request_doc(action), action.input, spec, names, request=True
        ),
        response=_model_view(
            names.response_class[action.name],
            f"Response of {action.name}.",
            response_fields,
            spec,
            names,
            request=False,
        ),
        errors=sorted(action.errors),
        replacement=_replacement(action, spec, names),
        legacy_note=action.legacy.note if action.legacy else None,
        overview_only=overview_only,
        examples=[
            {"title": e.title, "request": e.request, "response": e.response}
            for e in action.examples
            if e.request is not None and e.response is not None
        ],
    )


def _replacement(action: Action, spec: ServiceSpec, names: _Names) -> str | None:
    """The replacement as the user calls it: `Name (client.method_name)` when it is an action of this service."""
    name = action.legacy.replacement if action.legacy else None
    if name is None:
        return None
    if name in spec.actions and spec.actions[name].legacy is None:
        return f"{name} (client.{names.method[name]})"
    return name


def _request_doc(action: Action) -> str:
    summary = action.description.strip().split("\n\n")[0] if action.description.strip() else ""
    return f"Request of {action.name}." + (f"\n\n{summary}" if summary else "")


def _structure_view(structure: Structure, spec: ServiceSpec, names: _Names) -> StructureView:
    return StructureView(
        name=structure.name,
        module=names.structure_module[structure.name],
        model=_model_view(
            names.structure_class[structure.name], structure.description, structure.fields, spec, names, request=False
        ),
        defined=structure.defined,
        referenced_by=structure.referenced_by,
    )


def _error_views(spec: ServiceSpec) -> list[ErrorView]:
    codes = set(spec.errors)
    for action in spec.actions.values():
        codes.update(action.errors)
    api_codes = {c for c in codes if c.strip() and not c.lstrip("-").isdigit()}
    # every dotted parent gets a class too, so the hierarchy is complete
    for code in list(api_codes):
        parts = code.split(".")
        api_codes.update(".".join(parts[:i]) for i in range(1, len(parts)) if all(parts[:i]))
    ordered = sorted(api_codes, key=lambda c: (c.count("."), c))
    classes = class_names(ordered)
    common = common_error_classes()
    views: dict[str, ErrorView] = {}
    for code in ordered:
        parent_code = code.rpartition(".")[0]
        parent = views[parent_code].class_name if parent_code in views else "APIError"
        description = spec.errors[code].description if code in spec.errors else ""
        views[code] = ErrorView(
            code=code, class_name=classes[code], parent=parent, description=description, common=common.get(code)
        )
    return list(views.values())


def service_view(spec: ServiceSpec, package: str) -> ServiceView:
    names = _names(spec)
    actions = [_action_view(spec.actions[name], spec, names) for name in sorted(spec.actions)]
    header = ServiceHeader(
        service=spec.service,
        version=spec.version,
        package=package,
        service_package=module_name(spec.service),
        module_path=f"{package}.{module_name(spec.service)}.{version_package(spec.version)}",
        endpoint=spec.endpoint,
        client_class=class_names([spec.service], "Client")[spec.service],
    )
    return ServiceView(
        header=header,
        actions=actions,
        structures=[
            _structure_view(spec.structures[n], spec, names)
            for n in sorted(spec.structures)
            if spec.structures[n].defined
        ],
        errors=_error_views(spec),
        regions=sorted(r.name for r in spec.regions),
        rate_limits={a.name: a.rate_limit for a in actions if a.rate_limit},
        read_only=[a.name for a in actions if a.name.startswith(_READ_ONLY_PREFIXES)],
    )
