"""Reading an output tree, and replacing one file in a single step."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from pathlib import Path


def write_file_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` in one rename; the file gets the mode the umask gives."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_ARTIFACTS = ("__pycache__", "build", "dist", ".pytest_cache", ".mypy_cache")


def is_artifact(parts: tuple[str, ...]) -> bool:
    """Files that tools leave in an output tree (bytecode, `pip install ./generated` build folders)."""
    return any(p in _ARTIFACTS or p.endswith(".egg-info") for p in parts[:-1]) or parts[-1].endswith(".pyc")


def read_tree(target: Path) -> dict[str, str]:
    """Every file under `target` (relative path → text), leaving out caches and build artifacts."""
    return dict(LazyTree(target))


def list_tree(folder: Path) -> list[str]:
    """The files under `folder` (relative POSIX paths, sorted), leaving out caches and build artifacts."""
    found: list[str] = []
    start = len(str(folder)) + 1
    for top, dirs, names in os.walk(folder):
        base = top[start:].replace(os.sep, "/")
        parts = tuple(base.split("/")) if base else ()
        dirs[:] = [d for d in dirs if not is_artifact((*parts, d, ""))]
        prefix = f"{base}/" if base else ""
        found.extend(prefix + n for n in names if not n.endswith(".pyc"))
    return sorted(found)


class LazyTree(Mapping[str, str]):
    """The files under a folder (relative path → text), each read when asked for (and not kept); `digest` hashes
    a file's bytes as the manifest records what codegen wrote."""

    def __init__(self, folder: Path, leave_out: str = "") -> None:
        self.folder = folder
        self._paths = [p for p in list_tree(folder) if p != leave_out] if folder.is_dir() else []
        self._known = set(self._paths)

    def __getitem__(self, path: str) -> str:
        if path not in self._known:
            raise KeyError(path)
        return (self.folder / path).read_text("utf-8", errors="replace")

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)

    def __contains__(self, path: object) -> bool:
        return path in self._known

    def digest(self, path: str) -> str:
        with open(os.path.join(self.folder, path), "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
