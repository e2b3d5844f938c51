"""The spec model: what the parser produces, the merge combines and the renderer consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PRIMITIVE_TYPES = (
    "String",
    "Integer",
    "Float",
    "Boolean",
    "Timestamp",
    "Timestamp ISO8601",
    "Binary",
)


@dataclass
class Source:
    """Where something was read: a file under spec/sources and a 1-based line."""

    file: str
    line: int


@dataclass(slots=True)
class Constraints:
    """Limits and valid values stated in words, with the sentences they came from."""

    enum: list[Any] | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    format: str | None = None
    default: Any = None
    deprecated: bool = False
    evidence: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return (
            self.enum is None
            and self.minimum is None
            and self.maximum is None
            and self.max_length is None
            and self.format is None
            and self.default is None
            and not self.deprecated
        )


@dataclass(slots=True)
class Field:
    """A parameter of an action or a member of a structure."""

    name: str
    type: str
    array: bool = False
    required: bool = False
    nullable: bool = False
    description: str = ""
    example: str | None = None
    constraints: Constraints = field(default_factory=Constraints)


@dataclass
class Example:
    """A documented call. `request`/`response` are None when the text could not be read back unambiguously;
    the text is then kept in `request_text`/`response_text` and `problems` says why."""

    title: str
    request: dict[str, Any] | None = None
    response: dict[str, Any] | None = None
    request_text: str | None = None
    response_text: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class Legacy:
    """An obsolete API 2.0 interface and the 3.0 action that replaces it."""

    replacement: str | None = None
    note: str = ""


@dataclass
class Action:
    name: str
    description: str = ""
    rate_limit: int | None = None
    input: list[Field] = field(default_factory=list)
    output: list[Field] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    source: Source = field(default_factory=lambda: Source("", 0))
    legacy: Legacy | None = None


@dataclass
class Structure:
    """A data structure. `defined` is False for types referenced by the sources but defined in none of them."""

    name: str
    description: str = ""
    fields: list[Field] = field(default_factory=list)
    defined: bool = True
    referenced_by: list[str] = field(default_factory=list)
    source: Source | None = None


@dataclass
class ErrorCode:
    code: str
    description: str = ""


@dataclass
class Region:
    name: str
    description: str = ""


@dataclass
class Conflict:
    """A disagreement between two sources that the merge resolved, and the rule that decided it."""

    where: str
    attribute: str
    kept: Any
    dropped: Any
    kept_from: str
    dropped_from: str
    rule: str


@dataclass
class ServiceSpec:
    """Everything known about one (service, version). A single document's parse yields a partial one."""

    service: str
    version: str
    endpoint: str = ""
    actions: dict[str, Action] = field(default_factory=dict)
    structures: dict[str, Structure] = field(default_factory=dict)
    errors: dict[str, ErrorCode] = field(default_factory=dict)
    regions: list[Region] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    updated: str = ""
    language: str = ""
