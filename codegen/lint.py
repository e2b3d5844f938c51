"""What the documents say inconsistently: the checks behind `codegen lint`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from codegen.spec.model import Action, Example, Field, ServiceSpec
from codegen.spec.values import contradicts_primitive

_COMMON_ERRORS = ("AuthFailure", "RequestLimitExceeded", "InternalError", "InvalidParameter", "MissingParameter")


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    action: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: {self.action}: " if self.action else f"{self.file}:{self.line}: "
        return where + self.message


_WARNING = re.compile(r"^(\S+?):(\d+): (?:([A-Za-z_][\w.]*): )?(.*)$", re.S)


def _warning_finding(warning: str, spec: ServiceSpec) -> Finding:
    """A parse warning ('FILE:LINE: Owner: what') as a finding; one without a place is filed under the document."""
    match = _WARNING.match(warning)
    if match is None:
        return Finding(spec.sources[0] if spec.sources else "", 0, "", warning)
    return Finding(match.group(1), int(match.group(2)), match.group(3) or "", match.group(4))


def _wrong_type(field: Field, value: Any) -> bool:
    if value is None:
        return False
    if field.array:
        return not isinstance(value, list) or any(_wrong_type(Field(field.name, field.type), v) for v in value)
    wrong = contradicts_primitive(field.type, value)
    return not isinstance(value, dict) if wrong is None else wrong


def _example_findings(action: Action, example: Example, where: tuple[str, int]) -> list[Finding]:
    found: list[Finding] = []
    inputs = {f.name: f for f in action.input}
    title = f"example {example.title!r}" if example.title else "an example"
    for key, value in (example.request or {}).items():
        if key not in inputs:
            found.append(Finding(*where, action.name, f"{title} sends {key}, which the parameter table does not list"))
        elif _wrong_type(inputs[key], value):
            kind = f"array of {inputs[key].type}" if inputs[key].array else inputs[key].type
            found.append(Finding(*where, action.name, f"{title} gives {key}={value!r}, but the table says {kind}"))
    error = ((example.response or {}).get("Response") or {}).get("Error")
    if isinstance(error, dict):
        code = str(error.get("Code", ""))
        if code and code not in action.errors and not code.startswith(_COMMON_ERRORS):
            found.append(
                Finding(*where, action.name, f"{title} returns error {code}, which the error table does not list")
            )
    for problem in example.problems:
        if "cannot be rebuilt" in problem or "not an object" in problem:
            found.append(Finding(*where, action.name, f"{title}: {problem}"))
    return found


def lint_partials(partials: list[ServiceSpec]) -> list[Finding]:
    """Problems inside each document (its parse warnings among them: cut pages, constraints left out), and
    disagreements between documents of different languages."""
    findings: list[Finding] = []
    for spec in partials:
        findings.extend(_warning_finding(warning, spec) for warning in spec.warnings)
        for action in spec.actions.values():
            where = (action.source.file, action.source.line)
            for example in action.examples:
                findings.extend(_example_findings(action, example, where))
    by_action: dict[str, list[tuple[ServiceSpec, Action]]] = {}
    for spec in partials:
        for action in spec.actions.values():
            by_action.setdefault(action.name, []).append((spec, action))
    for name, versions in sorted(by_action.items()):
        for i, (spec_a, a) in enumerate(versions):
            for spec_b, b in versions[i + 1 :]:
                if spec_a.language == spec_b.language:
                    continue
                theirs = {f.name: f for f in b.input + b.output}
                for field in a.input + a.output:
                    other = theirs.get(field.name)
                    if other is None:
                        continue
                    for attribute in ("type", "array", "required"):
                        mine, yours = getattr(field, attribute), getattr(other, attribute)
                        if mine != yours:
                            findings.append(
                                Finding(
                                    a.source.file,
                                    a.source.line,
                                    name,
                                    f"{field.name}: {attribute} is {mine!r} here ({spec_a.language}) but {yours!r} in "
                                    f"{b.source.file}:{b.source.line} ({spec_b.language})",
                                )
                            )
    return sorted(set(findings), key=lambda f: (f.file, f.line, f.action, f.message))
