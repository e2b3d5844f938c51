"""Fresh projects to measure on: copies of the committed project, clones of it, the live manual configured as
several services, and one description edited in the middle of the manual."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

MANUAL = "spec/sources/live/004_*.txt"
_DOMAIN = re.compile(r"(?<![\w.-])live(?=(?:\.[a-z0-9-]+)*\.(?:tencentcloudapi\.com|api\.qcloud\.com))")
_PRODUCT = re.compile(r"(?<=Product=)live(?=&)")
_PARAMETER_ROW = re.compile(r"[A-Z][A-Za-z0-9.]* (?:是|否) [A-Za-z.]+")
_GIT = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false"]


@dataclass(frozen=True)
class Snapshot:
    """The project as committed at `revision` (pyproject.toml, spec/ with its sources, generated/), committed alone
    into the throw-away repository `repo`, which every fresh copy and clone is made from."""

    revision: str
    repo: Path

    @property
    def manual(self) -> Path:
        return next(self.repo.glob(MANUAL))


def snapshot(root: Path, revision: str, into: Path) -> Snapshot:
    """`git archive` of the project's committed inputs and outputs at `revision`, as a repository of its own."""
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", revision, "pyproject.toml", "spec", "generated"], cwd=root, capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    subprocess.run([*_GIT, "init", "-q"], cwd=into, check=True)
    subprocess.run([*_GIT, "add", "-A"], cwd=into, check=True)
    subprocess.run([*_GIT, "commit", "-q", "-m", f"snapshot of {revision}"], cwd=into, check=True)
    return Snapshot(revision, into)


def sources_copy(snap: Snapshot, into: Path) -> Path:
    """The configuration and the sources only: no spec, no generated/, no caches."""
    into.mkdir(parents=True)
    shutil.copy(snap.repo / "pyproject.toml", into / "pyproject.toml")
    shutil.copytree(snap.repo / "spec" / "sources", into / "spec" / "sources")
    return into


def clone(snap: Snapshot, into: Path) -> Path:
    """A fresh clone: committed spec/ and generated/, no caches."""
    subprocess.run(["git", "clone", "-q", str(snap.repo), str(into)], check=True)
    return into


def service_names(copies: int) -> list[str]:
    return ["live"] + [f"live{n}" for n in range(2, copies + 1)]


def as_service(manual: str, name: str) -> str:
    """The manual with its request domains (how the parser learns the service) and explorer links naming `name`."""
    return _PRODUCT.sub(name, _DOMAIN.sub(name, manual))


def scaled_project(snap: Snapshot, copies: int, into: Path) -> Path:
    """A project whose configuration lists the live manual `copies` times, each copy a service of its own."""
    manual = snap.manual.read_text("utf-8")
    version = _configured_version(snap, "live")
    lines = ['[tool.codegen]\npackage = "tcapi"\noutput = "generated"\nspecs = "spec"\n']
    for name in service_names(copies):
        folder = into / "spec" / "sources" / name
        folder.mkdir(parents=True)
        (folder / snap.manual.name).write_text(as_service(manual, name), "utf-8")
        lines.append(
            f'[[tool.codegen.service]]\nname = "{name}"\nversion = "{version}"\nsources = ["spec/sources/{name}/*"]\n'
        )
    (into / "pyproject.toml").write_text("\n".join(lines), "utf-8")
    return into


def _configured_version(snap: Snapshot, service: str) -> str:
    text = (snap.repo / "pyproject.toml").read_text("utf-8")
    match = re.search(rf'name = "{service}"\s*\nversion = "([0-9-]+)"', text)
    if not match:
        raise ValueError(f"pyproject.toml does not configure the service {service}")
    return match.group(1)


def counted_actions(project: Path) -> int:
    """Actions in the specs a regenerate wrote into `project`."""
    return sum(len(json.loads(p.read_text("utf-8"))["actions"]) for p in (project / "spec").glob("*-*.json"))


@dataclass(frozen=True)
class Edit:
    """A description line in the middle of a document, and how to put a different word into it."""

    path: Path
    line: int
    original: str

    def apply(self, word: str) -> None:
        lines = self.path.read_text("utf-8").split("\n")
        lines[self.line - 1] = f"{self.original}{word}"
        self.path.write_text("\n".join(lines), "utf-8")


def middle_description(path: Path) -> Edit:
    """The first parameter description from the middle of `path` on: the line after a 'Name 是/否 Type' row."""
    lines = path.read_text("utf-8").split("\n")
    for number in range(len(lines) // 2, len(lines) - 1):
        following = lines[number + 1].strip()
        if _PARAMETER_ROW.fullmatch(lines[number].strip()) and following and not following.startswith("示例值"):
            return Edit(path, number + 2, lines[number + 1])
    raise ValueError(f"{path}: no parameter description after the middle")
