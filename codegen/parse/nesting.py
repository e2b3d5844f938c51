"""Dotted output names → nested structures.

Legacy (API 2.0) pages describe nested responses as flat rows with dotted names:

    data                  Array    the data
    data.eipSet           Array    EIP list
    data.eipSet.eipId     String   EIP ID

Each name with children becomes a field whose type is a structure generated for it. The structure is named
`<Action>` followed by every segment of its dotted path in CapWords (`DescribeEips` + `data.eipSet` →
`DescribeEipsDataEipSet`), unless its own row names a structure type, which is then used. Segments `n`, `N` or a number
(`instanceSet.n.instanceId`) mark the segment before them as an array and are not part of any name. A missing parent
row is implied (an object). A legacy `Array` is PHP's word for both lists and objects: for a parent, an example value
decides (a JSON object → not an array), and without one the page's word is kept.

Only outputs are nested: a response is JSON, while dotted input names are the keys of a flat query string
(`Param.s.channel_id`, where `s` and `n` say "string" and "number" on the live manual's pages)."""

from __future__ import annotations

import copy
import re
import dataclasses
from dataclasses import dataclass
from typing import Any

from codegen.parse.fields import is_structure_type
from codegen.spec.model import Field, Source, Structure

_ARRAY_SEGMENT = re.compile(r"^(?:n|N|\d+)$")
_NOT_IN_NAME = re.compile(r"[^A-Za-z0-9_]")


@dataclass
class _Node:
    name: str
    field: Field | None = None
    marked_array: bool = False
    children: dict[str, _Node] = dataclasses.field(default_factory=dict)


def structure_name(action: str, path: list[str]) -> str:
    """'DescribeEips', ['data', 'eipSet'] → 'DescribeEipsDataEipSet'. A legacy action's dots and any character a
    name cannot hold are left out: 'NS.BGPIP.ServicePack.GetTransRules', ['paging'] →
    'NSBGPIPServicePackGetTransRulesPaging'."""
    first, *more = action.split(".")
    name = _NOT_IN_NAME.sub("", first + "".join(_capwords(segment) for segment in [*more, *path]))
    return name if name[:1].isalpha() else f"Nested{name}"


def _capwords(segment: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\-]+", segment) if part)


def nest_fields(
    fields: list[Field],
    action: str,
    source: Source,
    examples: list[dict[str, Any] | None],
) -> tuple[list[Field], list[Structure]]:
    """The top-level fields, with dotted rows moved into the structures generated for them (a generated name that
    clashes with another one of the same action gets a numeric suffix)."""
    if not any("." in f.name for f in fields):
        return fields, []
    taken: set[str] = set()
    root = _Node("")
    for f in fields:
        node = root
        for segment in f.name.split("."):
            if _ARRAY_SEGMENT.match(segment) and node is not root:
                node.marked_array = True
                continue
            node = node.children.setdefault(segment, _Node(segment))
        if node.field is None:
            node.field = f
    structures: list[Structure] = []
    top = _build(root, [], action, action, source, examples, taken, structures)
    return top, structures


def _build(
    node: _Node,
    path: list[str],
    action: str,
    owner: str,
    source: Source,
    examples: list[dict[str, Any] | None],
    taken: set[str],
    structures: list[Structure],
) -> list[Field]:
    out: list[Field] = []
    for child in node.children.values():
        here = [*path, child.name]
        f = copy.deepcopy(child.field) if child.field is not None else Field(name=child.name, type="Object")
        f.name = child.name
        f.array = f.array or child.marked_array
        if child.children:
            name = f.type if is_structure_type(f.type) else _unique(structure_name(action, here), taken)
            taken.add(name)
            if f.type == "Object" and f.array and not child.marked_array:
                f.array = _is_list(examples, here, default=True)
            f.type = name
            structure = Structure(
                name=name,
                description=f.description,
                defined=True,
                referenced_by=[owner],
                source=Source(source.file, source.line),
            )
            structures.append(structure)  # parents before their members' structures
            structure.fields = _build(child, here, action, name, source, examples, taken, structures)
        out.append(f)
    return out


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    return candidate


def _is_list(examples: list[dict[str, Any] | None], path: list[str], default: bool) -> bool:
    """Whether the examples show the value at `path` as a JSON list (True) or object (False); `default` when they
    show neither or both."""
    kinds: set[bool] = set()
    for example in examples:
        if not isinstance(example, dict):
            continue
        body = example.get("Response") if isinstance(example.get("Response"), dict) else example
        for value in _values(body, path):
            if isinstance(value, list):
                kinds.add(True)
            elif isinstance(value, dict):
                kinds.add(False)
    return kinds.pop() if len(kinds) == 1 else default


def _values(value: Any, path: list[str]) -> list[Any]:
    if not path:
        return [value]
    if isinstance(value, list):
        return [v for item in value for v in _values(item, path)]
    if isinstance(value, dict) and path[0] in value:
        return _values(value[path[0]], path[1:])
    return []
