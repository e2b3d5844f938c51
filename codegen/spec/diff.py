"""What changed in the API between two specs of a service version, each change classified as breaking or
compatible for code that calls the generated client (rules in docs/DECISIONS.md, "API change report")."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.spec.io import spec_filename, spec_from_dict
from codegen.spec.model import Action, Constraints, Field, ServiceSpec, Structure
from codegen.spec.values import JSON_TYPES

INPUT = "input"
OUTPUT = "output"


@dataclass(frozen=True)
class Change:
    """One API change: where it is (an action, a structure, the service) and what it is."""

    scope: str
    message: str
    breaking: bool

    def __str__(self) -> str:
        return f"{self.scope}: {self.message}"


@dataclass
class ApiDiff:
    """The API changes of one service version, in a stable order."""

    service: str
    version: str
    changes: list[Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def compatible(self) -> list[Change]:
        return [c for c in self.changes if not c.breaking]

    @property
    def title(self) -> str:
        return f"{self.service} {self.version}"


def _kind(f: Field) -> str:
    return f"array of {f.type}" if f.array else f.type


def _values(values: Iterable[Any]) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)


def _number(value: float | int) -> str:
    return f"{value:g}"


def constraint_labels(c: Constraints) -> list[str]:
    """What a field's constraints state, in words: "one of 0, 1", "≤ 100", "at most 250 characters", ..."""
    labels = []
    if c.enum is not None:
        labels.append("one of " + _values(c.enum))
    if c.minimum is not None:
        labels.append(f"≥ {_number(c.minimum)}")
    if c.maximum is not None:
        labels.append(f"≤ {_number(c.maximum)}")
    if c.max_length is not None:
        labels.append(f"at most {c.max_length} characters")
    if c.format is not None:
        labels.append(f"format {c.format}")
    if c.default is not None:
        labels.append(f"default {_values([c.default])}")
    if c.deprecated:
        labels.append("deprecated")
    return labels


def _admits(wide: str, narrow: str) -> bool:
    """Whether every value of type `narrow` is also a value of type `wide` to the generated validators."""
    if wide == narrow:
        return True
    if wide in JSON_TYPES and narrow in JSON_TYPES:
        return set(JSON_TYPES[narrow]) <= set(JSON_TYPES[wide])
    return False


class _Differ:
    def __init__(self, old: ServiceSpec, new: ServiceSpec) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self.roles = _structure_roles(old)
        for name, roles in _structure_roles(new).items():
            self.roles.setdefault(name, set()).update(roles)

    def add(self, scope: str, message: str, breaking: bool) -> None:
        self.changes.append(Change(scope, message, breaking))

    def run(self) -> list[Change]:
        if self.old.endpoint != self.new.endpoint and self.old.endpoint and self.new.endpoint:
            self.add("service", f"endpoint {self.old.endpoint} → {self.new.endpoint}", False)
        for name in sorted(set(self.old.actions) | set(self.new.actions)):
            self.action(name, self.old.actions.get(name), self.new.actions.get(name))
        for name in sorted(set(self.old.structures) | set(self.new.structures)):
            self.structure(name, self.old.structures.get(name), self.new.structures.get(name))
        old_codes, new_codes = _error_codes(self.old), _error_codes(self.new)
        for code in sorted(old_codes - new_codes):
            self.add("errors", f"error code {code} removed: its exception class is gone", True)
        for code in sorted(new_codes - old_codes):
            self.add("errors", f"new error code {code}", False)
        return self.changes

    def action(self, name: str, old: Action | None, new: Action | None) -> None:
        if old is None and new is not None:
            kind = "legacy action (raises LegacyActionError)" if new.legacy else "action"
            self.add(name, f"new {kind}", False)
            return
        if new is None:
            self.add(name, "action removed: its method is gone", True)
            return
        assert old is not None
        if new.legacy and not old.legacy:
            replacement = f", use {new.legacy.replacement}" if new.legacy.replacement else ""
            self.add(name, f"now an offline interface: the method raises LegacyActionError{replacement}", True)
        elif old.legacy and not new.legacy:
            self.add(name, "no longer a legacy interface: the method calls the API", False)
        if old.rate_limit != new.rate_limit:
            before = f"{old.rate_limit}/s" if old.rate_limit else "none"
            after = f"{new.rate_limit}/s" if new.rate_limit else "none"
            self.add(name, f"documented rate limit {before} → {after}", False)
        if not (old.legacy or new.legacy):
            self.fields(name, "input ", old.input, new.input, {INPUT})
            self.fields(name, "output ", old.output, new.output, {OUTPUT})
        for code in sorted(set(new.errors) - set(old.errors)):
            self.add(name, f"lists a new error code {code}", False)
        for code in sorted(set(old.errors) - set(new.errors)):
            self.add(name, f"no longer lists error code {code}", False)

    def structure(self, name: str, old: Structure | None, new: Structure | None) -> None:
        scope = f"structure {name}"
        roles = self.roles.get(name, set())
        if old is None and new is not None:
            self.add(scope, "new structure" if new.defined else "new structure (not defined in any source)", False)
            return
        if new is None:
            assert old is not None
            if old.defined:
                self.add(scope, "structure removed: its class is gone", True)
            else:
                self.add(scope, "undefined structure no longer referenced", False)
            return
        assert old is not None
        if old.defined and not new.defined:
            self.add(scope, "no longer defined in any source: values become plain dicts, the class is gone", True)
            return
        if new.defined and not old.defined:
            if OUTPUT in roles:
                self.add(scope, "now defined: response values become objects instead of dicts", True)
            else:
                self.add(scope, "now defined: requests may pass the class or a dict", False)
        self.fields(scope, "field ", old.fields, new.fields, roles or {INPUT, OUTPUT})

    def fields(self, scope: str, label: str, old: list[Field], new: list[Field], roles: set[str]) -> None:
        before = {f.name: f for f in old}
        after = {f.name: f for f in new}
        for name in [f.name for f in new if f.name not in before]:
            f = after[name]
            required = INPUT in roles and f.required
            what = "required " if required else ("optional " if INPUT in roles else "")
            details = ", ".join([_kind(f), *constraint_labels(f.constraints)])
            self.add(scope, f"new {what}{label}{name} ({details})", required)
        for name in [f.name for f in old if f.name not in after]:
            self.add(scope, f"{label}{name} removed", True)
        for f in new:
            if f.name in before:
                self.field(scope, f"{label}{f.name}", before[f.name], f, roles)

    def field(self, scope: str, subject: str, old: Field, new: Field, roles: set[str]) -> None:
        found: list[tuple[str, bool]] = []
        if old.array != new.array:
            found.append((f"{_kind(old)} → {_kind(new)}", True))
        elif old.type != new.type:
            breaking = (INPUT in roles and not _admits(new.type, old.type)) or (
                OUTPUT in roles and not _admits(old.type, new.type)
            )
            found.append((f"type {old.type} → {new.type}", breaking))
        if INPUT in roles and old.required != new.required:
            found.append(("now required" if new.required else "now optional", new.required))
        if OUTPUT in roles and old.nullable != new.nullable:
            found.append(("may now return null" if new.nullable else "no longer returns null", False))
        found.extend(_constraint_changes(old, new, checked=INPUT in roles))
        for message, breaking in found:
            self.add(scope, f"{subject}: {message}", breaking)


def _constraint_changes(old: Field, new: Field, checked: bool) -> list[tuple[str, bool]]:
    """Changes of the stated value list, limits, format, default and deprecation. `checked` is True where the
    generated validators enforce them (inputs): narrowing them is breaking there and nowhere else."""
    a, b = old.constraints, new.constraints
    found: list[tuple[str, bool]] = []
    if a.enum != b.enum:
        if a.enum is None and b.enum is not None:
            found.append((f"now limited to the values {_values(b.enum)}", checked))
        elif a.enum is None or b.enum is None:
            found.append(("no longer limited to a list of values", False))
        else:
            before, after = a.enum, b.enum
            removed = [v for v in before if v not in after]
            added = [v for v in after if v not in before]
            if removed:
                found.append((f"values {_values(removed)} no longer allowed", checked))
            if added:
                found.append((f"new allowed values {_values(added)}", False))
    limits = (("minimum", "minimum", True), ("maximum", "maximum", False), ("max_length", "maximum length", False))
    for key, label, lower_bound in limits:
        x, y = getattr(a, key), getattr(b, key)
        if x == y:
            continue
        if x is None:
            found.append((f"new {label} {_number(y)}", checked))
        elif y is None:
            found.append((f"{label} {_number(x)} removed", False))
        else:
            found.append((f"{label} {_number(x)} → {_number(y)}", checked and (y > x if lower_bound else y < x)))
    if a.format != b.format:
        if b.format is None:
            found.append((f"format {a.format} no longer required", False))
        else:
            was = f" (was {a.format})" if a.format else ""
            found.append((f"must be in {b.format} format{was}", checked))
    if a.default != b.default:
        if a.default is not None and b.default is not None:
            found.append((f"default {_values([a.default])} → {_values([b.default])}", checked))
        elif b.default is not None:
            found.append((f"documented default {_values([b.default])}", False))
        else:
            found.append((f"default {_values([a.default])} no longer documented", False))
    if a.deprecated != b.deprecated:
        found.append(("deprecated" if b.deprecated else "no longer deprecated", False))
    return found


def _structure_roles(spec: ServiceSpec) -> dict[str, set[str]]:
    """For each structure, whether callers send it (input), receive it (output) or both, following nesting."""
    roles: dict[str, set[str]] = {}
    for role in (INPUT, OUTPUT):
        pending = [f.type for a in spec.actions.values() for f in (a.input if role == INPUT else a.output)]
        while pending:
            name = pending.pop()
            if name not in spec.structures or role in roles.get(name, set()):
                continue
            roles.setdefault(name, set()).add(role)
            pending.extend(f.type for f in spec.structures[name].fields)
    return roles


def _error_codes(spec: ServiceSpec) -> set[str]:
    """The codes the generated errors module has a class for: every code named, and each dotted parent."""
    named = set(spec.errors) | {code for a in spec.actions.values() for code in a.errors}
    codes: set[str] = set()
    for code in named:
        if not code.lstrip("-").isdigit():
            parts = code.split(".")
            codes.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return codes


def diff_specs(old: ServiceSpec | None, new: ServiceSpec | None) -> ApiDiff:
    """The API changes from `old` to `new`; either may be None for a service version added or removed."""
    either = new or old
    if either is None:
        raise ValueError("diff_specs needs at least one spec")
    result = ApiDiff(either.service, either.version)
    if old is None:
        assert new is not None
        result.changes.append(Change("service", f"new service version with {len(new.actions)} actions", False))
    elif new is None:
        result.changes.append(Change("service", "service version removed: its package is gone", True))
    else:
        result.changes = _Differ(old, new).run()
    return result


def spec_from_text(text: str) -> ServiceSpec | None:
    """A committed spec read back for comparison; None when it cannot be read (e.g. an older schema)."""
    try:
        return spec_from_dict(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return None


def diff_with_earlier(earlier: str | None, new: ServiceSpec | None) -> ApiDiff | None:
    """The changes from a spec file's text (None: there was no file) to `new`; None when there are none, or when
    the text cannot be read as a spec (there is nothing to compare with)."""
    old = None if earlier is None else spec_from_text(earlier)
    if earlier is not None and old is None:
        return None
    diff = diff_specs(old, new)
    return diff if diff.changes else None


def diff_with_folder(folder: Path, specs: list[ServiceSpec], names: Iterable[str]) -> list[ApiDiff]:
    """Compare the spec files `names` in `folder` (what the last regenerate wrote) with the new `specs`."""
    by_name = {spec_filename(s.service, s.version): s for s in specs}
    diffs = []
    for name in sorted(set(names) - {"schema.json"}):
        path = folder / name
        diff = diff_with_earlier(path.read_text("utf-8") if path.is_file() else None, by_name.get(name))
        if diff is not None:
            diffs.append(diff)
    return diffs


def format_text(diffs: list[ApiDiff]) -> str:
    """The change report for a terminal: a heading per service version, breaking changes first."""
    lines: list[str] = []
    for diff in diffs:
        lines.append(f"API changes in {diff.title}: {len(diff.breaking)} breaking, {len(diff.compatible)} compatible")
        for change in diff.breaking + diff.compatible:
            lines.append(f"  {'breaking  ' if change.breaking else 'compatible'}  {change}")
    return "\n".join(lines) + ("\n" if lines else "")


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")


def format_markdown(diffs: list[ApiDiff]) -> str:
    """The change report as Markdown for a pull request description."""
    if not diffs:
        return "No API changes.\n"
    parts: list[str] = []
    for diff in diffs:
        parts.append(
            f"### API changes in {diff.title}: {len(diff.breaking)} breaking, {len(diff.compatible)} compatible"
        )
        for heading, changes in (("Breaking", diff.breaking), ("Compatible", diff.compatible)):
            if not changes:
                continue
            rows = "\n".join(f"| {_cell(c.scope)} | {_cell(c.message)} |" for c in changes)
            parts.append(f"**{heading}**\n\n| where | change |\n|---|---|\n{rows}")
    return "\n\n".join(parts) + "\n"
