"""Where codegen may write: refusing output and specs folders that would put the user's files at risk."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from codegen.config import Config
from codegen.errors import ConfigError
from codegen.manifest import MANIFEST_NAME


def _within(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def _existing(path: Path) -> Path:
    while not path.exists():
        path = path.parent
    return path


def check_folders(config: Config, sources: list[Path]) -> None:
    """Refuse, before anything is read or written, an output or specs folder that is the project root, lies outside
    it, overlaps the other or holds the configuration or the sources; and an output folder that already holds files
    codegen did not write (no manifest)."""
    root = config.root.resolve()
    output, specs = config.output.resolve(), config.specs.resolve()
    where = f"{config.file}: "
    for key, folder, given in (("output", output, config.output), ("specs", specs, config.specs)):
        shown = f"{key} = {os.path.relpath(given, config.root)!r}"
        if folder == root:
            raise ConfigError(
                f"{where}{shown} is the project folder itself (with the configuration and sources); codegen needs a folder of its own, e.g. "
                f"{'generated' if key == 'output' else 'spec'!r}"
            )
        if not folder.is_relative_to(root):
            raise ConfigError(f"{where}{shown} lies outside the project folder {root}; codegen writes only inside it")
        if folder.exists() and not folder.is_dir():
            raise ConfigError(f"{where}{shown} is a file, not a folder")
        if _existing(folder).stat().st_dev != root.stat().st_dev:
            raise ConfigError(
                f"{where}{shown} is on another file system than the project folder; codegen publishes "
                "by renaming within one file system"
            )
    if _within(output, specs) or _within(specs, output):
        raise ConfigError(
            f"{where}output and specs must be separate folders, neither inside the other "
            f"(output {os.path.relpath(output, root)!r}, specs {os.path.relpath(specs, root)!r})"
        )
    for source in sources:
        if _within(source.resolve(), output):
            raise ConfigError(
                f"{where}source {os.path.relpath(source, config.root)} lies inside the output folder "
                f"{os.path.relpath(output, root)!r}, which codegen writes; move the sources out of it"
            )
    for service in config.services:
        for pattern in service.sources:
            for written in ("schema.json", f"{service.name}-{service.version}.json"):
                target = os.path.relpath(specs / written, root)
                if fnmatch.fnmatchcase(target, os.path.normpath(pattern)):
                    raise ConfigError(
                        f"{where}service {service.name!r}: source pattern {pattern!r} matches {target}, "
                        "a spec codegen writes; narrow the pattern or move the specs folder"
                    )
    if not (config.output / MANIFEST_NAME).is_file() and _holds_files(config.output):
        raise ConfigError(
            f"{where}output folder {os.path.relpath(output, root)!r} already holds files and no {MANIFEST_NAME}, so "
            "codegen did not make it; set output to a new or empty folder (codegen never touches files it did not write)"
        )


def _holds_files(folder: Path) -> bool:
    if not folder.is_dir():
        return False
    return any(not path.is_dir() or path.is_symlink() for path in folder.rglob("*"))
