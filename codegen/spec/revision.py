"""The spec files of a git revision, read with `git show REV:path` for `codegen diff`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from codegen.errors import CodegenError

SPEC_FILE = re.compile(r"^[a-z][a-z0-9]*-\d{4}-\d{2}-\d{2}\.json$")


def _git(folder: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, encoding="utf-8")
    except FileNotFoundError:
        raise CodegenError("git is not installed; codegen diff reads the committed specs with git") from None
    if done.returncode != 0:
        message = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"git {args[0]} failed"
        raise CodegenError(f"git {' '.join(args)}: {message}")
    return done.stdout


def specs_at_revision(folder: Path, revision: str) -> dict[str, str]:
    """The text of each spec file in `folder` as of `revision`, by file name (empty if the folder did not exist)."""
    if not folder.is_dir():
        raise CodegenError(f"{folder}: no such folder")
    try:
        _git(folder, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except CodegenError:
        raise CodegenError(f"{revision!r} is not a commit of the git repository at {folder}") from None
    listing = _git(folder, "ls-tree", "--name-only", revision, "--", "./")
    names = [Path(line).name for line in listing.splitlines() if SPEC_FILE.match(Path(line).name)]
    return {name: _git(folder, "show", f"{revision}:./{name}") for name in sorted(names)}


def specs_in_folder(folder: Path) -> dict[str, str]:
    """The text of each spec file in `folder` in the working tree, by file name."""
    if not folder.is_dir():
        return {}
    return {p.name: p.read_text("utf-8") for p in sorted(folder.iterdir()) if SPEC_FILE.match(p.name)}
