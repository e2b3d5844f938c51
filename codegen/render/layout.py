"""Code layout in black's style, so rendered modules need not go through black.

The printer makes the choices black makes for the bracketed constructs the templates emit: a group stays on one
line when it fits; else a call's arguments go on one indented line when they fit there; else one item a line with
a trailing comma (always so for collection literals and imports), and a sole item (a call's argument or a
collection's member other than a one-tuple's) goes on a line of its own without a comma, split in turn. A list
comprehension that does not fit puts its body on one indented line, else its element and its `for` clause on
lines of their own, the clause's iterable split in turn. String literals take the quotes black prefers. An item too long to fit is still emitted on one
over-long line: format.py sends every piece with such a line outside a docstring to black, the formatter of
record."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Union

LINE_LENGTH = 120


def width(line: str) -> int:
    """Columns a line takes as black counts them: East Asian wide and full-width characters take two."""
    if line.isascii():
        return len(line)
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _quoted(text: str, quote: str) -> str:
    escaped = (("\\" + c) if c == quote else c if c in "'\"" else repr(c)[1:-1] for c in text)
    return quote + "".join(escaped) + quote


def pystr(text: str) -> str:
    """A string literal in the quotes black prefers: double, unless they need more escapes than single."""
    literal = repr(text)
    if literal[0] == '"':
        return literal
    if '"' not in text:
        return f'"{literal[1:-1]}"'
    if "'" not in text:
        return literal
    double = _quoted(text, '"')
    return double if double.count("\\") <= literal.count("\\") else literal


@dataclass(frozen=True)
class Group:
    """`head` items `tail`: a call's arguments (head ends with its opening bracket) or a collection literal."""

    head: str
    items: tuple[Item, ...]
    tail: str
    collection: bool = False
    magic: bool = False  # ends in a magic trailing comma: one item a line even when it would fit

    def flat(self) -> str:
        one_tuple = self.collection and len(self.items) == 1 and self.head.endswith("(")
        return self.head + ", ".join(flat(i) for i in self.items) + ("," if one_tuple else "") + self.tail


@dataclass(frozen=True)
class Comprehension:
    """`head element clause iterable tail`: a list comprehension such as `x=[f(item) for item in [...]]` (head ends
    with the opening bracket, clause is `for NAME in `). The element is kept on one line."""

    head: str
    element: str
    clause: str
    iterable: Item
    tail: str

    def flat(self) -> str:
        return f"{self.head}{self.element} {self.clause}{flat(self.iterable)}{self.tail}"


Item = Union[str, Group, Comprehension]


def flat(item: Item) -> str:
    return item if isinstance(item, str) else item.flat()


def _prefixed(prefix: str, item: Item) -> Item:
    if isinstance(item, str):
        return prefix + item
    return replace(item, head=prefix + item.head)


def _lay_comprehension(item: Comprehension, indent: int, suffix: str) -> list[str]:
    pad, inner = " " * indent, indent + 4
    body = f"{' ' * inner}{item.element} {item.clause}{flat(item.iterable)}"
    if width(body) <= LINE_LENGTH:
        return [pad + item.head, body, pad + item.tail + suffix]
    element = " " * inner + item.element
    return [pad + item.head, element, *lay(_prefixed(item.clause, item.iterable), inner), pad + item.tail + suffix]


def lay(item: Item, indent: int = 0, suffix: str = "") -> list[str]:
    """The lines of `item` at `indent` spaces, followed by `suffix` (such as the comma of an enclosing list)."""
    pad = " " * indent
    one = pad + flat(item) + suffix
    if isinstance(item, str) or width(one) <= LINE_LENGTH and not (isinstance(item, Group) and item.magic):
        return [one]
    if isinstance(item, Comprehension):
        return _lay_comprehension(item, indent, suffix)
    if not item.items:
        return [one]
    inner = indent + 4
    opening, closing = pad + item.head, pad + item.tail + suffix
    if not item.collection and not item.magic:
        body = " " * inner + ", ".join(flat(i) for i in item.items)
        if width(body) <= LINE_LENGTH:
            return [opening, body, closing]
    one_tuple = item.collection and item.head.endswith("(")
    if len(item.items) == 1 and not item.magic and not one_tuple:
        return [opening, *lay(item.items[0], inner), closing]
    return [opening, *(line for i in item.items for line in lay(i, inner, ",")), closing]


def code(item: Item, indent: int = 0, suffix: str = "") -> str:
    """`lay` joined into text (no final newline), for the templates."""
    return "\n".join(lay(item, indent, suffix))


def call(head: str, items: Sequence[Item], tail: str = ")") -> Group:
    return Group(head, tuple(items), tail)


def collection(head: str, items: Sequence[Item], tail: str, magic: bool = False) -> Group:
    return Group(head, tuple(items), tail, collection=True, magic=magic)


def import_from(module: str, names: list[str], indent: int = 0) -> str:
    """`from module import names` on one line, or exploded in parentheses when too long (as black does)."""
    line = f"{' ' * indent}from {module} import {', '.join(names)}"
    if width(line) <= LINE_LENGTH:
        return line
    return code(collection(f"from {module} import (", names, ")"), indent)


def assignment(target: str, value: str, indent: int = 0) -> str:
    """`target = value` for an atom `value` (a name or a literal), wrapped in parentheses on lines of their own
    when only that makes it fit, as black does."""
    pad = " " * indent
    line = f"{pad}{target} = {value}"
    wrapped = f"{pad}    {value}"
    if width(line) <= LINE_LENGTH or width(wrapped) > LINE_LENGTH:
        return line
    return f"{pad}{target} = (\n{wrapped}\n{pad})"
