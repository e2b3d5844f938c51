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


def publish(root: Path, changes: list[Change], keep: tuple[Path, ...]) -> None:
    """Apply `changes` all or nothing. Folders left empty by a removal are removed, up to `keep` (never those)."""
    work = root / WORK_NAME
    staged = work / "staged"
    staged.mkdir(parents=True)
    entries: list[dict[str, str]] = []
    checked: set[Path] = set()
    for i, change in enumerate(changes):
        entry = {"target": change.target.relative_to(root).as_posix()}
        if change.text is not None:
            _check_target(root, change.target, checked)
            entry["staged"] = str(i)
            write_new_file(staged / entry["staged"], change.text)
            _checkpoint()
        entries.append(entry)
    journal = {"changes": entries, "keep": sorted(k.relative_to(root).as_posix() for k in keep)}
    write_new_file(work / f"{JOURNAL}.tmp", json.dumps(journal, indent=1, ensure_ascii=False) + "\n")
    _checkpoint()
    os.replace(work / f"{JOURNAL}.tmp", work / JOURNAL)
    _checkpoint()
    _apply(root, work, journal)


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
