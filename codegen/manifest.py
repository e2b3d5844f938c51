"""The record of what codegen wrote, kept in `<output>/.codegen-manifest.json`.

codegen replaces or deletes a file only when the manifest lists it: everything else in the output folder (and in the
specs folder) belongs to someone else."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from codegen.errors import CodegenError

MANIFEST_NAME = ".codegen-manifest.json"
FORMAT_VERSION = 2
# Manifests before version 2 recorded the output files only; spec files were recognised by their names.
_LEGACY_SPEC_NAME = re.compile(r"^([a-z][a-z0-9]*-\d{4}-\d{2}-\d{2}|schema)\.json$")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OutputRecord:
    """A file of the output folder: the hash of what was rendered (before black) and of what was written."""

    rendered: str
    written: str


@dataclass(frozen=True)
class SpecRecord:
    """A spec file: the hash of what was written and of the sources it was made from."""

    written: str
    sources: str = ""


@dataclass
class Manifest:
    generator: str = ""
    config: str = ""  # the fingerprint of the configuration the outputs were made with
    files: dict[str, OutputRecord] = field(default_factory=dict)  # relative to the output folder
    specs: dict[str, SpecRecord] = field(default_factory=dict)  # relative to the project root
    legacy: bool = False  # read from a version 1 manifest

    def owns_spec(self, relative: str) -> bool:
        """Whether codegen wrote this spec file (a path relative to the project root)."""
        if relative in self.specs:
            return True
        return self.legacy and bool(_LEGACY_SPEC_NAME.match(relative.rsplit("/", 1)[-1]))

    def to_json(self) -> str:
        data = {
            "version": FORMAT_VERSION,
            "generator": self.generator,
            "config": self.config,
            "files": {p: {"rendered": r.rendered, "written": r.written} for p, r in sorted(self.files.items())},
            "specs": {p: {"written": r.written, "sources": r.sources} for p, r in sorted(self.specs.items())},
        }
        return json.dumps(data, indent=1, sort_keys=True) + "\n"


def load_manifest(output: Path) -> Manifest | None:
    """The manifest of an output folder; None when there is none. An unreadable manifest is an error: without it
    codegen cannot tell its files from anyone else's."""
    path = output / MANIFEST_NAME
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise CodegenError(f"{path}: cannot read codegen's manifest ({exc})") from None
    try:
        data = json.loads(text)
        files = {p: OutputRecord(r["rendered"], r["written"]) for p, r in data["files"].items()}
        specs = {p: SpecRecord(r["written"], r.get("sources", "")) for p, r in data.get("specs", {}).items()}
    except json.JSONDecodeError as exc:
        raise CodegenError(
            f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); restore codegen's manifest, e.g. from version control"
        ) from None
    except (KeyError, TypeError, AttributeError):
        raise CodegenError(
            f"{path}:1: expected codegen's manifest (files with rendered and written hashes); restore it, e.g. from "
            "version control"
        ) from None
    return Manifest(
        str(data.get("generator", "")),
        str(data.get("config", "")),
        files,
        specs,
        legacy=data.get("version", 1) < FORMAT_VERSION,
    )
