"""Property-based test: a mutated real document gives a spec or one clean `codegen: error:` line, never anything else.

The documents are the seeds (../shared/seeds), the corpus pages (../shared/corpus) and the HTML fixtures. Each
example applies one to three mutations of the kinds that broke the readers before (issue 14): truncation, byte flips,
deleted and duplicated lines, swapped table columns, odd Unicode, huge lines, deep nesting, long tables, splices of
another document. It runs `codegen parse` in-process through `codegen.cli.main`, the CLI's own entry point: any
exception other than the CLI's handled errors fails the test. The mutators are shared with
benchmarks/fuzz_documents.py, which runs thousands of documents in subprocesses with a time limit each."""

from __future__ import annotations

import contextlib
import io
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from codegen.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
T = TypeVar("T")


def source_documents(include_manual: bool = False) -> list[Path]:
    """The real documents to mutate; the 1.6 MB PDF manual only when asked (it takes seconds per parse)."""
    pages = sorted((SHARED / "corpus").glob("*.md")) + sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))
    seeds = [p for p in sorted((SHARED / "seeds").glob("0*.txt")) if include_manual or p.stat().st_size < 1_000_000]
    return seeds + pages


class Chooser(Protocol):
    """Where a mutation's choices come from: hypothesis draws in the test, a seeded random in the benchmark."""

    def integer(self, low: int, high: int) -> int: ...

    def pick(self, options: Sequence[T]) -> T: ...


class RandomChooser:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def pick(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]


class DrawChooser:
    def __init__(self, data: st.DataObject) -> None:
        self.data = data

    def integer(self, low: int, high: int) -> int:
        return self.data.draw(st.integers(low, high))

    def pick(self, options: Sequence[T]) -> T:
        return self.data.draw(st.sampled_from(options))


# fmt: off
ODD_TEXT = (
    "\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\u0085", "\u00a0", "\u200b", "\u200e", "\u202e", "\u2028",
    "\u3000", "\ufeff", "\ufffe", "\uffff", "\U0001f600", "\u0301\u0301\u0301", "\\ud800", "\\udfff", "１２３",
    "NaN", "Infinity", "1e999", "9" * 5000, "\t", "\r", "\r\n", "|", "`", "```", "<", "</script>\x0c", "</style>\x1b",
    "<!DOCTYPE html>", "<html>", "<body>", "]]>", "&#0;", "&#xD800;", "<br>", "\\", '"', "{", "[", "示例值：", "当",
)
HUGE_UNITS = ("1", "[", "{", "a", " ", "中", "a ", "1,", "- ", "|", "*", "<", "`", "\\", '"', "&", "当", "...", "\t", "次")
DEEP_OPEN = (
    ('{"a":', "}"), ("[", "]"), ("<div>", "</div>"), ("<span>", "</span>"), ("<table><tr><td>", "</td></tr></table>"),
    ("> ", ""), ("  - ", ""), ("<ul><li>", "</li></ul>"), ("*", "*"), ("(", ")"),
)
# fmt: on


def _lines(text: str) -> list[str]:
    return text.split("\n")


def truncate(text: str, c: Chooser, scale: int) -> str:
    return text[: c.integer(0, len(text))]


def flip_bytes(text: str, c: Chooser, scale: int) -> str:
    data = bytearray(text.encode("utf-8"))
    for _ in range(c.integer(1, 20)):
        if data:
            data[c.integer(0, len(data) - 1)] = c.integer(0, 255)
    return data.decode("utf-8", "surrogateescape").encode("utf-8", "replace").decode("utf-8")


def delete_lines(text: str, c: Chooser, scale: int) -> str:
    lines = _lines(text)
    start = c.integer(0, len(lines) - 1)
    del lines[start : start + c.integer(1, 40)]
    return "\n".join(lines)


def duplicate_lines(text: str, c: Chooser, scale: int) -> str:
    lines = _lines(text)
    start = c.integer(0, len(lines) - 1)
    chunk = lines[start : start + c.integer(1, 10)]
    lines[start:start] = chunk * c.integer(1, 5)
    return "\n".join(lines)


def swap_columns(text: str, c: Chooser, scale: int) -> str:
    lines = _lines(text)
    for i, line in enumerate(lines):
        for separator in ("|", "\t", "</td>"):
            cells = line.split(separator)
            if len(cells) > 3 and c.integer(0, 2) == 0:
                a, b = c.integer(0, len(cells) - 1), c.integer(0, len(cells) - 1)
                cells[a], cells[b] = cells[b], cells[a]
                lines[i] = separator.join(cells)
    return "\n".join(lines)


def odd_unicode(text: str, c: Chooser, scale: int) -> str:
    for _ in range(c.integer(1, 10)):
        at = c.integer(0, len(text))
        text = text[:at] + c.pick(ODD_TEXT) + text[at:]
    return text


def huge_line(text: str, c: Chooser, scale: int) -> str:
    unit = c.pick(HUGE_UNITS)
    lines = _lines(text)
    at = c.integer(0, len(lines))
    lines.insert(at, unit * (c.integer(1, scale) // len(unit)))
    return "\n".join(lines)


def deep_nesting(text: str, c: Chooser, scale: int) -> str:
    opening, closing = c.pick(DEEP_OPEN)
    depth = c.integer(50, max(50, scale // 20))
    nested = opening * depth + "x" + closing * depth
    if opening.endswith(" "):  # Markdown block nesting: one level per line
        nested = "\n".join(opening * k + "x" for k in range(1, min(depth, 2000)))
    lines = _lines(text)
    at = c.integer(0, len(lines))
    lines.insert(at, nested)
    if c.integer(0, 1):  # inside an example code block too
        lines.insert(at, "```")
        lines.insert(at + 2, "```")
    return "\n".join(lines)


_ROW = re.compile(r"^\s*\|.*\|\s*$|^\s*<tr[\s>].*$|^[^\s|][^\t\n]*\t[^\n]*$")


def long_table(text: str, c: Chooser, scale: int) -> str:
    lines = _lines(text)
    rows = [i for i, line in enumerate(lines) if _ROW.match(line)]
    if not rows:
        return huge_line(text, c, scale)
    at = c.pick(rows)
    count = c.integer(100, max(100, scale // 10))
    copies = [_numbered(lines[at], k) for k in range(count)]
    lines[at + 1 : at + 1] = copies
    return "\n".join(lines)


# The row with its first capitalised word numbered, so that copies of a parameter row name distinct parameters.
def _numbered(row: str, k: int) -> str:
    word = re.search(r"[A-Z][a-z]+", row)
    return row if word is None else f"{row[: word.end()]}{k}{row[word.end() :]}"


MUTATIONS: dict[str, Callable[[str, Chooser, int], str]] = {
    "truncate": truncate,
    "flip_bytes": flip_bytes,
    "delete_lines": delete_lines,
    "duplicate_lines": duplicate_lines,
    "swap_columns": swap_columns,
    "odd_unicode": odd_unicode,
    "huge_line": huge_line,
    "deep_nesting": deep_nesting,
    "long_table": long_table,
}


def mutate(text: str, chooser: Chooser, scale: int, other: str = "") -> tuple[str, list[str]]:
    """One to three mutations of the text, and their names. `scale` bounds huge lines (characters), nesting depth
    (scale / 20) and table length (scale / 10); `other` is a document to splice a piece of in."""
    names = [chooser.pick(sorted(MUTATIONS)) for _ in range(chooser.integer(1, 3))]
    for name in names:
        text = MUTATIONS[name](text, chooser, scale)
    if other and chooser.integer(0, 4) == 0:
        start = chooser.integer(0, len(other))
        at = chooser.integer(0, len(text))
        text = text[:at] + other[start : start + chooser.integer(1, 3000)] + text[at:]
        names.append("splice")
    return text, names


# One line, naming the file and line; or the CLI's one message that has no place in a file (service unknown).
CLEAN_ERROR = re.compile(
    r"codegen: error: (?:[^\n]+:\d+: [^\n]+|the documents do not name their service; pass --service)\n"
)


def run_parse(path: Path, output: Path) -> tuple[int, str]:
    """`codegen parse PATH -o OUTPUT` through the CLI's entry point; its exit status and standard error."""
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(["parse", str(path), "-o", str(output)])
    return code, err.getvalue()


def check_contract(code: int, stderr: str, output: Path) -> None:
    """A spec (exit 0, JSON written) or exit 2 with exactly one clean error line."""
    if code == 0:
        assert output.read_text("utf-8").startswith("{"), "exit 0 without a spec"
        return
    assert code == 2, f"exit status {code}"
    assert CLEAN_ERROR.fullmatch(stderr), f"not one clean error line: {stderr[:500]!r}"


DOCUMENTS = source_documents()


@settings(
    max_examples=300,
    deadline=None,  # one example may parse a 2 MB document; the total stays under half a minute
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
    derandomize=True,
)
@given(data=st.data())
def test_mutated_documents_give_a_spec_or_one_clean_error(data: st.DataObject, tmp_path: Path) -> None:
    source = data.draw(st.sampled_from(DOCUMENTS), label="document")
    other = data.draw(st.sampled_from(DOCUMENTS), label="splice from")
    text, names = mutate(source.read_text("utf-8"), DrawChooser(data), 100_000, other.read_text("utf-8"))
    for name in names:
        event(name)
    event(f"{len(text) // 100_000 * 100} KB or more")
    path = tmp_path / f"mutated{source.suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    output = tmp_path / "spec.json"
    output.unlink(missing_ok=True)
    code, stderr = run_parse(path, output)
    check_contract(code, stderr, output)
