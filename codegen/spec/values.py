"""Which JSON values the spec's primitive types admit, for checks of documented example values."""

from __future__ import annotations

from typing import Any

JSON_TYPES: dict[str, tuple[type, ...]] = {
    "String": (str,),
    "Timestamp": (str,),
    "Timestamp ISO8601": (str,),
    "Binary": (str,),
    "Integer": (int,),
    "Float": (int, float),
    "Boolean": (bool,),
}


def contradicts_primitive(type_: str, value: Any) -> bool | None:
    """True when `value` cannot be a `type_`; None when `type_` is not a primitive (a structure or Object)."""
    expected = JSON_TYPES.get(type_)
    if expected is None:
        return None
    return (isinstance(value, bool) and bool not in expected) or not isinstance(value, expected)
