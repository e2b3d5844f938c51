"""Writing outputs so that a failure never leaves a half-written tree: build beside, then swap."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_file_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_tree(target: Path, files: dict[str, str], unchanged: frozenset[str] = frozenset()) -> None:
    """Make `target` hold exactly `files`: written to a sibling folder first, then swapped in with renames.
    Files listed in `unchanged` already hold their text in `target` and are hard-linked instead of rewritten."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for relative, text in sorted(files.items()):
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if relative in unchanged:
                try:
                    os.link(target / relative, path)
                    continue
                except OSError:
                    pass
            path.write_text(text, "utf-8", newline="\n")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, old)
    try:
        os.replace(staging, target)
    except BaseException:
        if old.exists():
            os.replace(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


_ARTIFACTS = ("__pycache__", "build", "dist", ".pytest_cache", ".mypy_cache")


def _artifact(parts: tuple[str, ...]) -> bool:
    """Files that tools leave in an output tree (bytecode, `pip install ./generated` build folders)."""
    return any(p in _ARTIFACTS or p.endswith(".egg-info") for p in parts[:-1]) or parts[-1].endswith(".pyc")


def read_tree(target: Path) -> dict[str, str]:
    """Every file under `target` (relative path → text), leaving out caches and build artifacts."""
    files: dict[str, str] = {}
    if not target.is_dir():
        return files
    for path in target.rglob("*"):
        relative = path.relative_to(target)
        if path.is_file() and not _artifact(relative.parts):
            files[relative.as_posix()] = path.read_text("utf-8", errors="replace")
    return files
