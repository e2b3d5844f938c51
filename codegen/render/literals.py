"""Python literals for plain data from documents, in black's layout."""

from __future__ import annotations

import math
from typing import Any

from codegen.render.layout import Group, Item, flat, pystr


def literal(value: Any, head: str = "") -> Item:
    """Plain data as a layout item; `head` (such as `enum=`) goes before it."""
    if isinstance(value, tuple) and len(value) == 1:
        return Group(f"{head}(", (literal(value[0]),), ")", collection=True)  # the printer adds the comma
    for kind, opening, closing in ((tuple, "(", ")"), (list, "[", "]")):
        if isinstance(value, kind):
            return Group(head + opening, tuple(literal(v) for v in value), closing, collection=True)
    if isinstance(value, dict):
        return Group(head + "{", tuple(literal(v, f"{pyrepr(k)}: ") for k, v in value.items()), "}", collection=True)
    if isinstance(value, float) and not math.isfinite(value):
        return f"{head}float({pystr(str(value))})"
    if isinstance(value, str):
        return head + pystr(value)
    if value is None or isinstance(value, (bool, int, float)):
        return head + repr(value)
    raise TypeError(f"not plain data: {type(value).__name__}")


def pyrepr(value: Any) -> str:
    """A Python literal for plain data from a document: strings, numbers, booleans, None, lists, tuples, dicts."""
    return flat(literal(value))
