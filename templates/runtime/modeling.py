"""Base classes of the generated models: wire conversion and validation driven by each model's field table.

A generated model declares its attributes as a dataclass and lists them in `_fields`, a tuple of `Field`
descriptions (wire name, Python name, type, array-ness, required flag, constraints). Conversion to and from the
API's JSON and validation walk that table, so generated modules stay small and the logic lives here once."""

from __future__ import annotations

import importlib
import re
from dataclasses import MISSING, dataclass
from dataclasses import field as dataclass_field
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any, ClassVar, Generic, Mapping, TypeVar

from ._unset import UNSET, Unset
from .client import RawResponse
from .errors import Problem, ValidationError

_PRIMITIVES: dict[str, tuple[type, ...]] = {
    "String": (str,),
    "Integer": (int,),
    "Float": (float, int),
    "Boolean": (bool,),
    "Timestamp": (str,),
    "Timestamp ISO8601": (str,),
    "Binary": (str, bytes),
    "Object": (dict,),
}
_FORMATS = {
    "date-time": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$"),
    "date": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "yyyy-mm-dd hh:mm:ss": re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"),
}


@dataclass(frozen=True)
class Field:
    """One attribute of a model as the API sees it. `type` is a primitive name or 'module:Class' of a model."""

    wire: str
    attr: str
    type: str
    array: bool = False
    required: bool = False
    enum: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    format: str | None = None

    @property
    def is_model(self) -> bool:
        return ":" in self.type


_resolved: dict[tuple[str, str], type[Model]] = {}


def _model_class(owner: type[Model], ref: str) -> type[Model]:
    key = (owner.__module__, ref)
    cls = _resolved.get(key)
    if cls is None:
        module_name, _, class_name = ref.partition(":")
        module = importlib.import_module(module_name, owner.__module__.rpartition(".")[0])
        cls = _resolved[key] = getattr(module, class_name)
    return cls


class _Plan:
    """What `from_dict` needs of a model class, worked out once per class: per field its wire name, attribute
    and nested model class (None for a primitive), plus the defaults of the attributes no field sets."""

    __slots__ = ("fields", "wires", "constants", "factories")

    def __init__(self, cls: type[Model]) -> None:
        self.fields = tuple(
            (f.wire, f.attr, _model_class(cls, f.type) if f.is_model else None, f.array) for f in cls._fields
        )
        self.wires = frozenset(f.wire for f in cls._fields)
        declared = {f.attr for f in cls._fields} | {"extra"}
        inherited = [f for f in dataclass_fields(cls) if f.name not in declared and f.init]
        self.constants = {f.name: f.default for f in inherited if f.default_factory is MISSING}
        self.factories = tuple((f.name, f.default_factory) for f in inherited if f.default_factory is not MISSING)


_plans: dict[type, _Plan] = {}


def _plan(cls: type[Model]) -> _Plan:
    plan = _plans.get(cls)
    if plan is None:
        plan = _plans[cls] = _Plan(cls)
    return plan


def _build(cls: type[Model], plan: _Plan, data: Mapping[str, Any]) -> Any:
    obj = cls.__new__(cls)
    values = obj.__dict__
    get = data.get
    found = 0
    for wire, attr, model, array in plan.fields:
        value = get(wire, UNSET)
        if value is not UNSET:
            found += 1
            if model is not None and value is not None:
                if array and type(value) is list:
                    inner = _plan(model)
                    value = [_build(model, inner, v) if isinstance(v, dict) else v for v in value]
                elif isinstance(value, dict):
                    value = _build(model, _plan(model), value)
        values[attr] = value
    values["extra"] = {} if found == len(data) else {k: v for k, v in data.items() if k not in plan.wires}
    if plan.constants:
        values.update(plan.constants)
    for name, factory in plan.factories:
        values[name] = factory()
    return obj


def _dump(value: Any, keep_none: bool) -> Any:
    if isinstance(value, Model):
        return value._wire(keep_none)
    if isinstance(value, list):
        return [_dump(v, keep_none) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


@dataclass(kw_only=True)
class Model:
    """A request, response or structure. Unknown wire keys are kept in `extra` and written back unchanged."""

    _fields: ClassVar[tuple[Field, ...]] = ()
    _keeps_none: ClassVar[bool] = True
    extra: dict[str, Any] = dataclass_field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The API's JSON object: unset attributes are left out, and so is None in a request (at any depth), as
        the official SDK does; '' and [] are values. `extra` is written as it is."""
        return self._wire(self._keeps_none)

    def _wire(self, keep_none: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self._fields:
            value = getattr(self, f.attr)
            if value is not UNSET and (keep_none or value is not None):
                out[f.wire] = _dump(value, keep_none)
        out.update(self.extra)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        """Build from the API's JSON; absent keys stay UNSET, unknown keys go to `extra`."""
        return _build(cls, _plans.get(cls) or _plan(cls), data)

    def problems(self, path: str = "") -> list[Problem]:
        """Every way this object breaks what the documents state, with the attribute path of each
        (`input_info.input_index`, `filters[0].name`)."""
        found: list[Problem] = []
        for f in self._fields:
            _check(self, f, getattr(self, f.attr), f"{path}{f.attr}", found)
        return found

    def validate(self) -> None:
        """Raise ValidationError listing every problem, if there is any."""
        found = self.problems()
        if found:
            raise ValidationError(found)


def _check(owner: Model, f: Field, value: Any, path: str, found: list[Problem]) -> None:
    if value is UNSET or isinstance(value, Unset):
        if f.required:
            found.append(Problem(path, "is required"))
        return
    if value is None:
        if f.required:
            found.append(Problem(path, "is required; None is not sent"))
        return
    if f.array:
        if not isinstance(value, list):
            found.append(Problem(path, f"must be a list, got {type(value).__name__}"))
            return
        for i, item in enumerate(value):
            _check_one(owner, f, item, f"{path}[{i}]", found)
        return
    _check_one(owner, f, value, path, found)


def _check_one(owner: Model, f: Field, value: Any, path: str, found: list[Problem]) -> None:
    if f.is_model:
        model = _model_class(type(owner), f.type)
        if isinstance(value, model):
            found.extend(value.problems(f"{path}."))
        elif not isinstance(value, Mapping):
            found.append(Problem(path, f"must be a {model.__name__}, got {type(value).__name__}"))
        return
    expected = _PRIMITIVES.get(f.type, (object,))
    if isinstance(value, bool) and bool not in expected:
        found.append(Problem(path, f"must be {f.type}, got bool"))
        return
    if not isinstance(value, expected):
        found.append(Problem(path, f"must be {f.type}, got {type(value).__name__}"))
        return
    if f.enum is not None and value not in f.enum:
        found.append(Problem(path, f"must be one of {', '.join(map(repr, f.enum))}, got {value!r}"))
    if f.minimum is not None and isinstance(value, (int, float)) and value < f.minimum:
        found.append(Problem(path, f"must be at least {f.minimum:g}, got {value!r}"))
    if f.maximum is not None and isinstance(value, (int, float)) and value > f.maximum:
        found.append(Problem(path, f"must be at most {f.maximum:g}, got {value!r}"))
    if f.max_length is not None and isinstance(value, str) and len(value) > f.max_length:
        found.append(Problem(path, f"must be at most {f.max_length} characters, got {len(value)}"))
    if f.format is not None and isinstance(value, str) and not _FORMATS[f.format].match(value):
        found.append(Problem(path, f"must be in {f.format} format, got {value!r}"))


ResponseT = TypeVar("ResponseT", bound="Response")


@dataclass(kw_only=True)
class Response(Model):
    """A parsed API response. `raw_response` tells the HTTP status, headers, RequestId and attempts."""

    raw_response: RawResponse | None = dataclass_field(default=None, repr=False, compare=False)


@dataclass(kw_only=True)
class Request(Model, Generic[ResponseT]):
    """A request for one action; `_response` is the class its answer is parsed into."""

    _action: ClassVar[str] = ""
    _response: ClassVar[str] = ""
    _keeps_none: ClassVar[bool] = False

    @classmethod
    def response_class(cls) -> type[ResponseT]:
        return _model_class(cls, cls._response)  # type: ignore[return-value]
