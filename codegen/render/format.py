"""black as the formatter of record: run only on what the renderer cannot guarantee, in-process and in
parallel, with a cache keyed by the content hash of what was rendered.

The templates and codegen/render/layout.py emit black's layout. A piece goes through black only when it holds a
line wider than the line length outside a docstring (an item the printer could not fit; docstrings are marked by
DOC_OPEN and DOC_CLOSE, and black leaves their long lines alone); every other piece is taken as rendered. The
tests and `codegen regenerate --verify-format` run black over the whole output to hold the renderer to this.

Large generated modules (the clients) are rendered as chunks: a head that is a complete module, then one chunk per
method, separated by a line holding only CHUNK (a control character no escaped document text can contain). Each
method is formatted on its own inside a stand-in class and the results are joined, which gives what black gives
for the whole file (tests check this) while letting the chunks be cached and formatted in parallel: editing one
action's document reformats one method, not a 300 KB module."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError
from codegen.render.layout import LINE_LENGTH, width
from codegen.workers import run_jobs, worker_count

# what the manifest records: rendered text is black-formatted by the renderer's own rules, so whether a file is
# current does not depend on the installed black (bump the number when the layout rules change)
FORMATTER = "codegen layout 1, black style line-length 120 py311"
CHUNK = "\x1e"
_SEPARATOR = f"\n{CHUNK}\n"
_STAND_IN = "class _:\n"
DOC_OPEN = "\x02"
DOC_CLOSE = "\x03"
_DOCSTRING = re.compile(f"{DOC_OPEN}[^{DOC_CLOSE}]*{DOC_CLOSE}")
# the renderer's width may differ from black's for a rare character: a non-ASCII line this close is black's call
_MARGIN = 10


def content_hash(text: str) -> str:
    return hashlib.sha256(f"{FORMATTER}\0{text}".encode("utf-8")).hexdigest()


def _black_key(source: str) -> str:
    """Cache key of a piece black formats: its output depends on black's version."""
    from importlib.metadata import version  # slow to import; needed only when black runs

    return hashlib.sha256(f"black {version('black')}\0{FORMATTER}\0{source}".encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def black_mode() -> Any:
    """The black settings of record for generated code."""
    import black  # imported only when something must be formatted: it is slow to import

    return black.Mode(line_length=LINE_LENGTH, target_versions={black.mode.TargetVersion.PY311})


def format_source(path: str, source: str) -> str:
    """One file through black; a failure is a generator bug and names the file."""
    import black

    try:
        return str(black.format_str(source, mode=black_mode()))
    except Exception as exc:  # black raises several unrelated types for invalid code
        raise CodegenError(f"generated {path} is not valid Python ({exc}); this is a generator bug") from None


def needs_black(source: str) -> bool:
    """Whether a rendered piece has a line the renderer could not lay out (see the module docstring)."""
    for line in _DOCSTRING.sub('""""""', source).split("\n"):
        if len(line) > LINE_LENGTH - _MARGIN and (
            len(line) > LINE_LENGTH or (not line.isascii() and width(line) > LINE_LENGTH - _MARGIN)
        ):
            return True
    return False


def unmark(source: str) -> str:
    """Rendered text without the docstring marks."""
    return source.replace(DOC_OPEN, "").replace(DOC_CLOSE, "")


def _format_jobs(jobs: list[tuple[str, str]]) -> list[str]:
    return [format_source(path, source) for path, source in jobs]


class FormatCache:
    """Formatted outputs stored by the hash of their unformatted source, under `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> str | None:
        try:
            return self._path(key).read_text("utf-8")
        except OSError:
            return None

    def put(self, key: str, text: str) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, "utf-8")
        os.replace(tmp, path)


@dataclass
class _Piece:
    """One unit black runs on: a whole file, a chunked file's head, or a method wrapped in the stand-in class.
    A piece that does not need black is its own text."""

    path: str
    source: str
    key: str
    method: bool
    text: str | None = None

    def result(self) -> str:
        assert self.text is not None
        return self.text[len(_STAND_IN) :] if self.method else self.text


def _piece(path: str, rendered: str, method: bool) -> _Piece:
    source = unmark(rendered)
    if needs_black(rendered):
        return _Piece(path, source, _black_key(source), method)
    return _Piece(path, source, "", method, text=source.rstrip("\n") + "\n" if source.strip() else "")


def _pieces(path: str, source: str) -> list[_Piece]:
    if CHUNK not in source:
        return [_piece(path, source, method=False)]
    head, *methods = source.split(_SEPARATOR)
    return [_piece(path, head, method=False)] + [_piece(path, _STAND_IN + m, method=True) for m in methods]


def format_all(files: dict[str, str], cache: FormatCache | None, jobs: int | None = None) -> tuple[dict[str, str], int]:
    """Format every Python file (others pass through); returns the files and how many pieces black ran on."""
    pieces = {path: _pieces(path, source) for path, source in files.items() if path.endswith(".py")}
    todo: list[_Piece] = []
    for piece in (p for group in pieces.values() for p in group if p.text is None):
        piece.text = cache.get(piece.key) if cache else None
        if piece.text is None:
            todo.append(piece)
    workers = worker_count(jobs, len(todo))
    if workers > 1 and sum(len(p.source) for p in todo) > 100_000:
        black_mode()  # import black before forking, so the workers inherit it
        ordered = sorted(todo, key=lambda p: -len(p.source))
        batches: list[list[_Piece]] = [[] for _ in range(workers)]
        loads = [0] * workers
        for piece in ordered:  # largest first onto the least loaded worker
            target = loads.index(min(loads))
            batches[target].append(piece)
            loads[target] += len(piece.source)
        results = run_jobs(_format_jobs, [[(p.path, p.source) for p in batch] for batch in batches], workers)
        for batch, texts in zip(batches, results, strict=True):
            for piece, text in zip(batch, texts):
                piece.text = text
    else:
        for piece in todo:
            piece.text = format_source(piece.path, piece.source)
    if cache:
        for piece in todo:
            assert piece.text is not None
            cache.put(piece.key, piece.text)
    out = {path: source for path, source in files.items() if not path.endswith(".py")}
    for path, group in pieces.items():
        head, *methods = group
        out[path] = head.result() + "".join("\n" + m.result() for m in methods)
    return out, len(todo)


def _unchanged_by_black(jobs: list[tuple[str, str]]) -> list[bool]:
    return [format_source(path, text) == text for path, text in jobs]


def files_black_would_change(folder: Path, jobs: int | None = None) -> list[str]:
    """The Python files under `folder` (relative paths) that black, run with the project's settings, would change."""
    files = sorted((p.relative_to(folder).as_posix(), p.read_text("utf-8")) for p in folder.rglob("*.py"))
    workers = worker_count(jobs, len(files))
    batches = [files[i::workers] for i in range(workers)]
    if workers > 1:
        black_mode()  # import black before forking, so the workers inherit it
    results = list(run_jobs(_unchanged_by_black, batches, workers))
    return sorted(path for batch, same in zip(batches, results) for (path, _), ok in zip(batch, same) if not ok)
