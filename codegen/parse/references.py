"""Structures referenced by fields: declared from their references when no source defines them."""

from __future__ import annotations

from codegen.parse.fields import is_structure_type
from codegen.spec.model import ServiceSpec, Structure


def declare_references(spec: ServiceSpec) -> None:
    """Record every referrer of every structure type; create undefined structures for unknown names."""
    referrers: dict[str, set[str]] = {}
    for action in spec.actions.values():
        if action.legacy is not None:
            continue  # offline interfaces are generated as shims; their 2.0 field types are not API 3.0 structures
        for field in [*action.input, *action.output]:
            if is_structure_type(field.type):
                referrers.setdefault(field.type, set()).add(action.name)
    for structure in list(spec.structures.values()):
        for field in structure.fields:
            if is_structure_type(field.type):
                referrers.setdefault(field.type, set()).add(structure.name)
    for name, users in referrers.items():
        if name not in spec.structures:
            spec.structures[name] = Structure(name=name, defined=False)
        structure = spec.structures[name]
        structure.referenced_by = sorted(set(structure.referenced_by) | users)
    spec.warnings = sorted(
        set(spec.warnings)
        | {
            f"structure {s.name} is referenced by {', '.join(s.referenced_by)} but defined in no source"
            for s in spec.structures.values()
            if not s.defined
        }
    )
