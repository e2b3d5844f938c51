"""Reading an output tree, and replacing one file in a single step."""

from __future__ import annotations

import os
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
    files: dict[str, str] = {}
    if not target.is_dir():
        return files
    for path in target.rglob("*"):
        relative = path.relative_to(target)
        if path.is_file() and not is_artifact(relative.parts):
            files[relative.as_posix()] = path.read_text("utf-8", errors="replace")
    return files
