"""Publishing spec files and output files together, all or nothing, through a journal that the next run finishes.

1. stage: every new file is written under `<root>/.codegen-publish/staged/` (beside the targets, so renames work);
2. commit: the journal (each rename and removal, the manifest last) is written under a temporary name and renamed to
   `journal.json`: from that moment the new state is decided;
3. apply: each staged file is renamed over its target and each removed file unlinked;
4. the journal, then the work folder, are removed.
A run killed before step 2 leaves every target as it was, and the next run deletes what it staged. A run killed
after it leaves the journal, and the next run applies it again (each step can be repeated) before anything else."""

from __future__ import annotations

import json
import os
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.errors import CodegenError
from codegen.manifest import MANIFEST_NAME

WORK_NAME = ".codegen-publish"
JOURNAL = "journal.json"
KILL_AT_ENV = "CODEGEN_TEST_KILL_AT"  # the crash tests kill the process at this checkpoint (1, 2, ...)
_checkpoints = 0


@dataclass(frozen=True)
class Change:
    """A file to write (`text`) or, with `text` None, to remove; `target` lies inside the project root."""

    target: Path
    text: str | None


def _checkpoint() -> None:
    global _checkpoints
    _checkpoints += 1
    if os.environ.get(KILL_AT_ENV) == str(_checkpoints):
        os.kill(os.getpid(), signal.SIGKILL)


def write_new_file(path: Path, text: str) -> None:
    """Write a file that does not exist yet, with the mode the umask gives."""
    with open(path, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _check_target(root: Path, target: Path, checked: set[Path]) -> None:
    """A file must not land where a folder is, nor under a file; `checked` holds folders already found fine."""
    if target.is_dir() and not target.is_symlink():
        raise CodegenError(f"{target}: is a folder where codegen writes a file; move it away")
    for parent in target.parents:
        if parent == root or parent in checked:
            return
        if parent.exists() and not parent.is_dir():
            raise CodegenError(f"{parent}: is a file where codegen needs a folder (for {target.name}); move it away")
        if parent.is_symlink() and not parent.resolve().is_relative_to(root.resolve()):
            raise CodegenError(f"{parent}: links out of the project folder; codegen does not write through it")
        checked.add(parent)


class Publication:
    """Changes staged one at a time, then applied all at once by `commit`, or dropped by `discard` (step 1 of the
    module's description happens as the changes are given, steps 2 to 4 in `commit`)."""

    def __init__(self, root: Path, keep: tuple[Path, ...]) -> None:
        self.root = root
        self.keep = keep
        self.work = root / WORK_NAME
        self._staged = self.work / "staged"
        self._staged.mkdir(parents=True)
        self._entries: list[dict[str, str]] = []
        self._checked: set[Path] = set()

    def write(self, target: Path, text: str) -> None:
        """Stage `text` to replace or create `target`."""
        _check_target(self.root, target, self._checked)
        entry = {"target": target.relative_to(self.root).as_posix(), "staged": str(len(self._entries))}
        write_new_file(self._staged / entry["staged"], text)
        _checkpoint()
        self._entries.append(entry)

    def remove(self, target: Path) -> None:
        self._entries.append({"target": target.relative_to(self.root).as_posix()})

    def commit(self) -> None:
        journal = {"changes": self._entries, "keep": sorted(k.relative_to(self.root).as_posix() for k in self.keep)}
        write_new_file(self.work / f"{JOURNAL}.tmp", json.dumps(journal, indent=1, ensure_ascii=False) + "\n")
        _checkpoint()
        os.replace(self.work / f"{JOURNAL}.tmp", self.work / JOURNAL)
        _checkpoint()
        _apply(self.root, self.work, journal)

    def discard(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)


def publish(root: Path, changes: list[Change], keep: tuple[Path, ...]) -> None:
    """Apply `changes` all or nothing. Folders left empty by a removal are removed, up to `keep` (never those)."""
    publication = Publication(root, keep)
    try:
        for change in changes:
            if change.text is None:
                publication.remove(change.target)
            else:
                publication.write(change.target, change.text)
    except BaseException:
        publication.discard()
        raise
    publication.commit()


def _apply(root: Path, work: Path, journal: dict[str, Any]) -> None:
    keep = {root / k for k in journal["keep"]}
    made: set[Path] = set()
    for entry in journal["changes"]:
        target = root / entry["target"]
        if "staged" in entry:
            source = work / "staged" / entry["staged"]
            if source.exists():  # not applied yet
                if target.parent not in made:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    made.add(target.parent)
                os.replace(source, target)
        else:
            target.unlink(missing_ok=True)
            _remove_empty_folders(root, target.parent, keep)
        _checkpoint()
    (work / JOURNAL).unlink()
    _checkpoint()
    shutil.rmtree(work)


def _remove_empty_folders(root: Path, folder: Path, keep: set[Path]) -> None:
    while folder != root and folder not in keep and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:  # not empty (or already gone)
            return
        folder = folder.parent


def recover(root: Path, output: Path) -> str | None:
    """Finish a publish that a killed run committed, or discard one it had not; remove the sibling copies older
    codegen versions could leave (`.<output>.new-*`, `.<output>.old-*`). Says what it did, if anything."""
    done = None
    work = root / WORK_NAME
    if (work / JOURNAL).is_file():
        _apply(root, work, json.loads((work / JOURNAL).read_text("utf-8")))
        done = "finished a publish that an interrupted run had committed"
    elif work.is_dir():
        shutil.rmtree(work)
        done = "discarded the files an interrupted run had staged (nothing had been changed)"
    if not output.resolve().is_relative_to(root.resolve()):
        return done
    siblings = [*output.parent.glob(f".{output.name}.new-*"), *output.parent.glob(f".{output.name}.old-*")]
    for leftover in sorted(siblings):
        if leftover.is_dir() and not leftover.is_symlink():
            if (leftover / MANIFEST_NAME).is_file():
                shutil.rmtree(leftover)
            elif not any(leftover.iterdir()):
                leftover.rmdir()
            else:
                continue
            done = f"{done + '; ' if done else ''}removed {leftover.name} left by an interrupted run"
    return done
