"""black, in-process and in parallel, with a cache keyed by the content hash of what was rendered."""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from functools import lru_cache
from importlib.metadata import version
from typing import Any

from codegen.errors import CodegenError

FORMATTER = f"black {version('black')} line-length 120 py311"


@lru_cache(maxsize=1)
def _mode() -> Any:
    import black  # imported only when something must be formatted: it is slow to import

    return black.Mode(line_length=120, target_versions={black.TargetVersion.PY311})


def content_hash(text: str) -> str:
    return hashlib.sha256(f"{FORMATTER}\0{text}".encode("utf-8")).hexdigest()


def format_source(path: str, source: str) -> str:
    if not path.endswith(".py"):
        return source
    import black

    try:
        return black.format_str(source, mode=_mode())
    except Exception as exc:  # black raises several unrelated types for invalid code
        raise CodegenError(f"generated {path} is not valid Python ({exc}); this is a generator bug") from None


def _format_batch(batch: list[tuple[str, str]]) -> list[str]:
    return [format_source(path, source) for path, source in batch]


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


def format_all(files: dict[str, str], cache: FormatCache | None, jobs: int | None = None) -> tuple[dict[str, str], int]:
    """Format every file; returns the formatted files and how many were actually run through black."""
    out: dict[str, str] = {}
    todo: list[tuple[str, str, str]] = []
    for path, source in files.items():
        key = content_hash(source)
        cached = cache.get(key) if cache else None
        if cached is not None or not path.endswith(".py"):
            out[path] = cached if cached is not None else source
        else:
            todo.append((path, source, key))
    workers = max(1, min(jobs or int(os.environ.get("CODEGEN_JOBS", "0")) or os.cpu_count() or 1, len(todo)))
    if workers > 1 and len(todo) > 8:
        batches = [[(p, s) for p, s, _ in todo[i::workers]] for i in range(workers)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_format_batch, batches))
        formatted = {p: r for i, batch in enumerate(batches) for (p, _), r in zip(batch, results[i])}
    else:
        formatted = {p: format_source(p, s) for p, s, _ in todo}
    for path, _source, key in todo:
        out[path] = formatted[path]
        if cache:
            cache.put(key, formatted[path])
    return out, len(todo)
