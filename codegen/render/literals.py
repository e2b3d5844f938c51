"""Python literals for plain data from documents."""

from __future__ import annotations

import math
from typing import Any


def pyrepr(value: Any) -> str:
    """A Python literal for plain data from a document: strings, numbers, booleans, None, lists, tuples, dicts."""
    if isinstance(value, tuple):
        return f"({pyrepr(value[0])},)" if len(value) == 1 else "(" + ", ".join(pyrepr(v) for v in value) + ")"
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    raise TypeError(f"not plain data: {type(value).__name__}")
