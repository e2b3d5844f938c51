"""What the review page shows, computed from a merged spec, its partial specs, lint findings and source rows."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from codegen.lint import Finding
from codegen.report.sources import SourceIndex, SourceRow
from codegen.spec.diff import constraint_labels
from codegen.spec.model import Action, Conflict, Example, Field, ServiceSpec, Structure

MAX_EXAMPLE_CHARS = 20_000


@dataclass(frozen=True)
class SourceFile:
    file: str
    format: str
    language: str
    updated: str


@dataclass
class FieldView:
    name: str
    type: str
    structure: str | None  # the structure the type names, for a link
    undefined: bool  # the type is a structure no source defines
    array: bool
    required: bool
    nullable: bool
    description: str
    example: str | None
    constraints: list[str]
    evidence: list[str]
    rows: list[SourceRow]
    conflicts: list[Conflict]


@dataclass
class ExampleView:
    title: str
    request: str | None
    response: str | None
    request_text: str | None
    response_text: str | None
    problems: list[str]


@dataclass
class ActionView:
    name: str
    description: str
    rate_limit: int | None
    file: str
    line: int
    legacy: str | None  # the note, with the replacement, for offline interfaces
    replacement: str | None
    inputs: list[FieldView]
    outputs: list[FieldView]
    examples: list[ExampleView]
    errors: list[tuple[str, str]]
    findings: list[Finding]
    conflicts: list[Conflict]
    warnings: list[str]
    search: str

    @property
    def issues(self) -> int:
        fields = self.inputs + self.outputs
        return (
            len(self.findings)
            + len(self.warnings)
            + sum(1 for c in self.conflicts + [c for f in fields for c in f.conflicts] if c.attribute != "description")
            + sum(1 for f in fields if f.undefined)
        )


@dataclass
class StructureView:
    name: str
    description: str
    defined: bool
    file: str | None
    line: int | None
    fields: list[FieldView]
    referenced_by: list[str]
    conflicts: list[Conflict]
    warnings: list[str]
    search: str


@dataclass(frozen=True)
class Totals:
    actions: int
    legacy: int
    parameters: int
    structures: int
    undefined: int
    structure_fields: int
    errors: int
    warnings: int
    findings: int
    conflicts: int
    description_conflicts: int


@dataclass
class ReportView:
    service: str
    version: str
    endpoint: str
    sources: list[SourceFile]
    totals: Totals
    actions: list[ActionView]
    structures: list[StructureView]
    errors: list[tuple[str, str]]
    warnings: list[str]
    findings: list[Finding]
    conflicts: list[Conflict] = field(default_factory=list)  # all but description differences


def _json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if len(text) > MAX_EXAMPLE_CHARS:
        return text[:MAX_EXAMPLE_CHARS] + f"\n… ({len(text) - MAX_EXAMPLE_CHARS} more characters in the spec)"
    return text


def _example(e: Example) -> ExampleView:
    return ExampleView(e.title, _json(e.request), _json(e.response), e.request_text, e.response_text, e.problems)


class _Builder:
    def __init__(self, spec: ServiceSpec, index: SourceIndex) -> None:
        self.spec = spec
        self.index = index
        self.conflicts: dict[str, list[Conflict]] = {}
        for conflict in spec.conflicts:
            self.conflicts.setdefault(conflict.where, []).append(conflict)
        names = sorted(set(spec.actions) | set(spec.structures), key=len, reverse=True)
        self.mentions = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b") if names else None

    def warnings_about(self, name: str) -> list[str]:
        if self.mentions is None:
            return []
        return [w for w in self.spec.warnings if name in self.mentions.findall(w)]

    def field(self, owner: str, kind: str, f: Field) -> FieldView:
        structure = self.spec.structures.get(f.type)
        return FieldView(
            name=f.name,
            type=f.type,
            structure=f.type if structure else None,
            undefined=bool(structure and not structure.defined),
            array=f.array,
            required=f.required,
            nullable=f.nullable,
            description=f.description,
            example=f.example,
            constraints=constraint_labels(f.constraints),
            evidence=list(f.constraints.evidence) if not f.constraints.is_empty() else [],
            rows=self.index.rows(owner, kind, f.name),
            conflicts=self.conflicts.get(f"{owner}.{kind}.{f.name}", []),
        )

    def action(self, a: Action, findings: list[Finding]) -> ActionView:
        inputs = [self.field(a.name, "input", f) for f in a.input]
        outputs = [self.field(a.name, "output", f) for f in a.output]
        return ActionView(
            name=a.name,
            description=a.description,
            rate_limit=a.rate_limit,
            file=a.source.file,
            line=a.source.line,
            legacy=a.legacy.note if a.legacy else None,
            replacement=a.legacy.replacement if a.legacy else None,
            inputs=inputs,
            outputs=outputs,
            examples=[_example(e) for e in a.examples],
            errors=[
                (code, self.spec.errors[code].description if code in self.spec.errors else "") for code in a.errors
            ],
            findings=findings,
            conflicts=self.conflicts.get(a.name, []),
            warnings=self.warnings_about(a.name),
            search=" ".join([a.name, *(f.name for f in a.input + a.output)]).lower(),
        )

    def structure(self, s: Structure) -> StructureView:
        return StructureView(
            name=s.name,
            description=s.description,
            defined=s.defined,
            file=s.source.file if s.source else None,
            line=s.source.line if s.source else None,
            fields=[self.field(s.name, "field", f) for f in s.fields],
            referenced_by=sorted(set(s.referenced_by)),
            conflicts=[c for where, cs in self.conflicts.items() if where.split(".")[0] == s.name for c in cs],
            warnings=self.warnings_about(s.name),
            search=" ".join([s.name, *(f.name for f in s.fields)]).lower(),
        )


def report_view(
    spec: ServiceSpec, sources: list[SourceFile], index: SourceIndex, findings: list[Finding]
) -> ReportView:
    """Everything the page of one service version shows."""
    builder = _Builder(spec, index)
    by_action: dict[str, list[Finding]] = {}
    for finding in findings:
        by_action.setdefault(finding.action, []).append(finding)
    actions = [builder.action(spec.actions[n], by_action.get(n, [])) for n in sorted(spec.actions)]
    structures = [builder.structure(spec.structures[n]) for n in sorted(spec.structures)]
    codes = set(spec.errors) | {c for a in spec.actions.values() for c in a.errors}
    errors = [(c, spec.errors[c].description if c in spec.errors else "") for c in sorted(codes)]
    described = [c for c in spec.conflicts if c.attribute == "description"]
    totals = Totals(
        actions=len(actions),
        legacy=sum(1 for a in actions if a.legacy is not None),
        parameters=sum(len(a.inputs) + len(a.outputs) for a in actions),
        structures=len(structures),
        undefined=sum(1 for s in structures if not s.defined),
        structure_fields=sum(len(s.fields) for s in structures),
        errors=len(errors),
        warnings=len(spec.warnings),
        findings=len(findings),
        conflicts=len(spec.conflicts) - len(described),
        description_conflicts=len(described),
    )
    return ReportView(
        service=spec.service,
        version=spec.version,
        endpoint=spec.endpoint,
        sources=sources,
        totals=totals,
        actions=actions,
        structures=structures,
        errors=errors,
        warnings=sorted(set(spec.warnings)),
        findings=findings,
        conflicts=[c for c in spec.conflicts if c.attribute != "description"],
    )
