"""The spec's JSON writer gives exactly the bytes of json.dumps(data, ensure_ascii=False, indent=2), for any value a
spec can hold (and with other indents), and for the odd ones JSON allows (lone surrogates, control characters, NaN, keys that are not strings)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.spec.jsonwrite import dumps_indented

ROOT = Path(__file__).resolve().parents[1]

# every code point, lone surrogates and control characters included
TEXT = st.text(st.characters(codec=None, exclude_categories=()))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
)
KEYS = st.one_of(TEXT, st.integers(), st.floats(), st.booleans(), st.none())
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(KEYS, inner, max_size=5),
    ),
    max_leaves=40,
)


def stdlib(data: Any, indent: int = 2) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent)


@settings(max_examples=500, deadline=None)
@given(VALUES, st.sampled_from([2, 1, 4]))
def test_same_text_as_json_dumps(data: Any, indent: int) -> None:
    assert dumps_indented(data, indent) == stdlib(data, indent)


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        (),
        {"a": {}, "b": [], "c": [[], {}], "d": [{"e": None}]},
        ["\ud800", "\udfff x", "\x00\x1f\x7f\"\\/", "中文\u2028\u2029"],
        [math.nan, math.inf, -math.inf, -0.0, 1e16, 1.5e-7, 10**30],
        {1: "int", 2.5: "float", True: "true", None: "null"},
        "top-level string",
        7,
        None,
    ],
)
def test_edge_values(data: Any) -> None:
    assert dumps_indented(data) == stdlib(data)


def test_every_committed_spec() -> None:
    specs = [path for path in sorted((ROOT / "spec").glob("*.json")) if path.name != "schema.json"]
    assert specs
    for path in specs:
        data = json.loads(path.read_text("utf-8"))
        assert dumps_indented(data) + "\n" == path.read_text("utf-8"), path.name


@pytest.mark.parametrize("data", [{"a": {1, 2}}, [object()], {("tuple", "key"): 1}])
def test_refuses_what_json_refuses(data: Any) -> None:
    with pytest.raises(TypeError):
        stdlib(data)
    with pytest.raises(TypeError):
        dumps_indented(data)
