"""Indented JSON text, byte for byte what ``json.dumps(data, ensure_ascii=False, indent=N)`` writes.

The standard library writes indented JSON with its pure-Python encoder (an indent turns the C one off), a chain of
generators that cost a tenth of parsing a page with a long table. This writer appends to one list instead, one piece
per value; strings are still escaped by the standard library's C function.
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import Any

_CONTAINERS = (dict, list, tuple)


def dumps_indented(data: Any, indent: int = 2) -> str:
    """`data` as ``json.dumps(data, ensure_ascii=False, indent=indent)`` writes it (NaN and infinities included)."""
    if not isinstance(data, _CONTAINERS):
        return _scalar(data)
    out: list[str] = []
    _write(data, "\n", " " * indent, out)
    return "".join(out)


def _write(value: dict[Any, Any] | list[Any] | tuple[Any, ...], newline: str, unit: str, out: list[str]) -> None:
    """Append a container's text; `newline` is a line break and the indent of the line the container opens on,
    `unit` one level of indent."""
    if not value:
        out.append("{}" if isinstance(value, dict) else "[]")
        return
    inner = newline + unit
    if isinstance(value, dict):
        separator = "{" + inner
        for key, item in value.items():
            name = encode_basestring(key) if isinstance(key, str) else _key(key)
            if isinstance(item, _CONTAINERS):
                out.append(f"{separator}{name}: ")
                _write(item, inner, unit, out)
            else:
                out.append(f"{separator}{name}: {_scalar(item)}")
            separator = "," + inner
        out.append(newline + "}")
    else:
        separator = "[" + inner
        for item in value:
            if isinstance(item, _CONTAINERS):
                out.append(separator)
                _write(item, inner, unit, out)
            else:
                out.append(separator + _scalar(item))
            separator = "," + inner
        out.append(newline + "]")


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == float("-inf"):
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A key that is not a string, named as json.dumps names it: 1.5 -> "1.5", True -> "true", None -> "null"."""
    if isinstance(key, (float, int)) or key is None:
        return encode_basestring(_scalar(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
