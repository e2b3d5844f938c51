"""Bracket counting over JSON text as documents print it, shared by the readers and the example parser."""

from __future__ import annotations


def bracket_depth(text: str) -> tuple[int, int]:
    """Opening minus closing JSON brackets in `text`, and the deepest nesting reached, outside double-quoted strings.
    Linear, so it is safe to run before any recursive parsing."""
    depth = deepest = 0
    quoted = escaped = False
    for char in text:
        if quoted:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
        elif char in "{[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "}]":
            depth -= 1
    return depth, deepest
