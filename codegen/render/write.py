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


def read_tree(target: Path) -> dict[str, str]:
    """Every file under `target` (relative path → text); caches and bytecode are ignored."""
    files: dict[str, str] = {}
    if not target.is_dir():
        return files
    for path in target.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".pyc"):
            files[path.relative_to(target).as_posix()] = path.read_text("utf-8", errors="replace")
    return files
