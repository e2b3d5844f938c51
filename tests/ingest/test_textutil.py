"""Cell text: clean_cell collapses spaces line by line and drops empty lines; plain_cell, the one-step form the HTML
reader uses for a cell without markup, says exactly what clean_cell says of that cell's text with its HTML whitespace
collapsed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.ingest.textutil import clean_cell, plain_cell

HTML_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
# the characters the two functions treat specially, beside any others
AWKWARD = st.sampled_from(list(" \t\n\r\f\v\u00a0\u3000\u200b\u2003\u2028\x1c\x85") + ["a", "中", "\ud800"])
TEXT = st.lists(st.one_of(AWKWARD, st.characters(codec=None, exclude_categories=())), max_size=30).map("".join)


def line_by_line(text: str) -> str:
    """clean_cell's rule spelt out: in each line, runs of spaces, tabs, no-break and ideographic spaces become one
    space and the line is stripped; zero-width spaces go; empty lines go."""
    lines = (re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in text.replace("\u200b", "").split("\n"))
    return "\n".join(line for line in lines if line)


@settings(max_examples=1000, deadline=None)
@given(TEXT)
def test_clean_cell_line_by_line(text: str) -> None:
    assert clean_cell(text) == line_by_line(text)


@settings(max_examples=1000, deadline=None)
@given(TEXT)
def test_plain_cell_is_clean_cell_of_collapsed_text(text: str) -> None:
    assert plain_cell(text) == clean_cell(HTML_WHITESPACE.sub(" ", text))


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("  第 1 个\n\t参数。 ", "第 1 个 参数。"),
        ("a \u200b b", "a b"),
        ("a\u00a0\u3000\nb", "a b"),
        ("\u2003 a \u2003", "a"),
        ("\u200b \n", ""),
    ],
)
def test_plain_cell(text: str, cell: str) -> None:
    assert plain_cell(text) == cell
