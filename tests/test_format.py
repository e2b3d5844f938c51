"""The renderer emits black's layout: black, the formatter of record, changes nothing in the generated tree or in
what the generator makes of hostile and real pages; black runs only on pieces with a line the printer cannot fit,
and those come out exactly as black formats the whole module."""

from __future__ import annotations

import ast
import keyword
from functools import lru_cache
from pathlib import Path

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.render import docstring, render_runtime, render_service
from codegen.render.format import CHUNK, FormatCache, black_mode, format_all, needs_black, unmark
from codegen.render.layout import LINE_LENGTH, Comprehension, Item, call, code, collection, flat, pystr
from codegen.render.literals import literal, pyrepr
from codegen.spec.io import load_spec
from codegen.spec.merge import merge_specs

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "hostile-en.md"
CORPUS = ROOT.parent / "shared" / "corpus"
# pages whose text breaks layouts: long Chinese descriptions, quotes and backslashes, long names, legacy layouts
CORPUS_PAGES = [
    "live-CreateLiveTranscodeTemplate-en.md",
    "gaap-ModifyHTTPSListenerAttribute-zh.md",
    "csec-NS.BGPIP.ServicePack.GetTransRules-legacy.md",
    "lb-CreateForwardLBSeventhLayerListeners-legacy-en.md",
    "monitor-GetMonitorData-zh.md",
    "tke-CreateCluster-en.md",
]


def _black(source: str) -> str:
    return str(black.format_str(source, mode=black_mode()))


def _changed_by_black(files: dict[str, str]) -> list[str]:
    return sorted(path for path, text in files.items() if path.endswith(".py") and _black(text) != text)


def test_black_changes_nothing_in_the_generated_tree() -> None:
    files = {p.relative_to(GENERATED).as_posix(): p.read_text("utf-8") for p in GENERATED.rglob("*.py")}
    assert len(files) > 500
    assert _changed_by_black(files) == []


@lru_cache(maxsize=None)
def _rendered(source: str) -> dict[str, str]:
    if source.endswith(".json"):
        spec = load_spec(ROOT / "spec" / source)
    else:
        spec = merge_specs("svc", "2020-01-01", [parse_document(read_document(source))])
    return {**render_runtime("pkg"), **render_service(spec, "pkg")}


SOURCES = ["live-2018-08-01.json", "vod-2018-07-17.json", "mps-2019-06-12.json", str(HOSTILE)] + [
    str(CORPUS / name) for name in CORPUS_PAGES if (CORPUS / name).exists()
]


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: Path(s).name)
def test_black_changes_nothing_the_renderer_makes(source: str, tmp_path: Path) -> None:
    files = _rendered(source)
    formatted, ran = format_all(files, FormatCache(tmp_path), jobs=1)
    assert _changed_by_black(formatted) == []
    if source != str(HOSTILE):  # whose names are made too long to fit anywhere
        pieces = sum(1 + files[p].count(CHUNK) for p in files if p.endswith(".py"))
        assert ran < pieces / 10  # black ran on the few pieces with an item too long to fit, not on module kinds


@pytest.mark.parametrize("source", SOURCES[:2], ids=lambda s: Path(s).name)
def test_a_piece_sent_to_black_comes_out_as_black_formats_the_whole_module(source: str, tmp_path: Path) -> None:
    files = _rendered(source)
    path = next(p for p in files if p.endswith("/client.py") and "/runtime/" not in p)
    long_name = "x" * LINE_LENGTH
    source_text = files[path].replace(
        "send(request, options=options)", f"send(request, options=options, {long_name}=1)", 1
    )
    formatted, ran = format_all({path: source_text}, FormatCache(tmp_path), jobs=1)
    assert ran == 1
    whole = _black(unmark(source_text).replace(f"\n{CHUNK}\n", "\n"))
    assert formatted[path] == whole


def test_long_lines_inside_docstrings_do_not_need_black() -> None:
    long_text = "字" * 200
    assert not needs_black(f"def f():\n    {docstring(long_text + chr(10) + long_text, 4)}\n")
    assert needs_black(f"x = {pystr(long_text)}\n")


def test_editing_one_method_reformats_one_piece(tmp_path: Path) -> None:
    long_call = "f(" + ", ".join(f"argument_{i}" for i in range(20)) + ")"
    source = (
        'class A:\n    """Doc."""\n\n    def f(self):\n        return 1\n'
        + f"\n{CHUNK}\n"
        + f"    def g(self) :\n        return  {long_call}\n"
    )
    cache = FormatCache(tmp_path)
    first, ran = format_all({"m.py": source}, cache)
    assert ran == 1  # the head fits; the method has a line too long
    assert first["m.py"] == _black(source.replace(f"\n{CHUNK}\n", "\n"))
    edited = source.replace("argument_0", "argument_zero")
    second, ran = format_all({"m.py": edited}, cache)
    assert ran == 1 and "argument_zero," in second["m.py"]
    again, ran = format_all({"m.py": edited}, cache)
    assert ran == 0 and again == second


texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_string_literals_take_the_quotes_black_prefers(text: str) -> None:
    literal = pystr(text)
    assert ast.literal_eval(literal) == text
    assert _black(f"x = {literal}\n") == f"x = {literal}\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(texts, max_size=4))
def test_docstrings_are_as_black_leaves_them(paragraphs: list[str]) -> None:
    source = f"class A:\n    {unmark(docstring(chr(10).join(paragraphs), 4))}\n\n    x = 1\n"
    assert _black(source) == source


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text("abcdefghij_", min_size=1, max_size=40).filter(lambda n: not keyword.iskeyword(n)), max_size=8),
    st.integers(0, 3),
)
def test_calls_and_collections_are_laid_out_as_black_does(names: list[str], depth: int) -> None:
    args = [f"{n}={n}" for n in names]
    values = [pyrepr(n) for n in names]
    body = [
        code(call("result = function_name(", args), 4 * depth),
        code(collection("values = [", values, "]"), 4 * depth),
        code(call("frozen = frozenset(", [collection("(", values, ")")]), 4 * depth),
    ]
    header = "".join(f"{'    ' * level}if x:\n" for level in range(depth))
    source = "".join(header + line + "\n" for line in body)
    assert _black(source) == source


words = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=24)
plain = st.one_of(st.integers(-5, 10**9), words, st.booleans())
documented = st.recursive(
    plain,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=4),
        st.dictionaries(words.map(str.capitalize), inner, min_size=1, max_size=6),
    ),
    max_leaves=24,
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.dictionaries(words.map(str.capitalize), documented, min_size=1, max_size=6), min_size=1, max_size=3),
    st.integers(0, 3),
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij", min_size=1, max_size=50),
    st.booleans(),
)
def test_structure_arguments_are_laid_out_as_black_lays_out_the_flat_call(
    items: list[dict[str, object]], depth: int, structure: str, array: bool
) -> None:
    """The generated tests' `attr=[structures.X.from_dict(item) for item in [...]]` and
    `attr=structures.X.from_dict({...})` arguments come out as black makes them of the one-line call."""
    if array:
        argument: Item = Comprehension(
            "value=[", f"structures.{structure}.from_dict(item)", "for item in ", literal(items), "]"
        )
    else:
        argument = call(f"value=structures.{structure}.from_dict(", [literal(items[0])])
    pad = "    " * depth
    header = "".join(f"{'    ' * level}if x:\n" for level in range(depth))
    laid = f"{header}{pad}response = client.method(\n{code(argument, 4 * depth + 4, ',')}\n{pad})\n"
    one_line = f"{header}{pad}response = client.method(\n{pad}    {flat(argument)},\n{pad})\n"
    if needs_black(laid):
        return  # an atom too long for any line: black's to lay out
    assert _black(one_line) == laid


REAL = ["live-2018-08-01.json", "vod-2018-07-17.json", "mps-2019-06-12.json"] + sorted(
    str(page) for page in CORPUS.glob("*.md")
)


@pytest.mark.parametrize("source", REAL, ids=lambda s: Path(s).name)
def test_nothing_made_of_the_projects_specs_and_the_corpus_pages_needs_black(source: str) -> None:
    files = _rendered(source)
    assert [path for path, text in files.items() if path.endswith(".py") and needs_black(text)] == []
