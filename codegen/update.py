"""Bring the output and specs folders to what was computed: say why each file is stale (`--check`), or publish
the changes all at once, touching only files codegen wrote."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from codegen.build import Outputs
from codegen.config import Config
from codegen.errors import CodegenError
from codegen.files import LazyTree
from codegen.freshness import config_fingerprint, generator_fingerprint, relative
from codegen.manifest import MANIFEST_NAME, Manifest, OutputRecord, SpecRecord, text_hash
from codegen.publish import Publication
from codegen.render.format import FormatCache, format_all
from codegen.spec.diff import ApiDiff, diff_with_folder
from codegen.spec.io import SCHEMA_PATH, spec_filename, validate
from codegen.summary import Stale, Summary, stage

_ENTRY_TABLES = ("actions", "structures", "errors")  # spec keys whose entries the schema checks one by one


def compare_and_publish(
    config: Config,
    manifest: Manifest | None,
    outputs: Outputs,
    summary: Summary,
    check: bool,
    cache_root: Path,
    progress: Callable[[str], None],
) -> None:
    known = manifest or Manifest()
    raw_hashes = outputs.raw_hashes
    on_disk = LazyTree(config.output, leave_out=MANIFEST_NAME)
    owned = known.files
    unchanged = {
        path
        for path, key in raw_hashes.items()
        if path in owned
        and owned[path].rendered == key
        and path in on_disk
        and on_disk.digest(path) == owned[path].written
    }
    changed = sorted(set(outputs.raw) - unchanged)
    removed = sorted(p for p in owned if p not in outputs.raw and p in on_disk)
    summary.foreign = sorted(f"{config.output.name}/{p}" for p in on_disk if p not in owned and p not in outputs.raw)
    spec_disk = {name: _read(config.root / name) for name in outputs.specs}
    stale_specs = sorted(name for name, text in outputs.specs.items() if spec_disk[name] != text)
    candidates = set(known.specs) | {relative(config, p) for p in config.specs.glob("*.json")}
    orphan_specs = sorted(
        n for n in candidates if n not in outputs.specs and known.owns_spec(n) and (config.root / n).is_file()
    )
    summary.api_changes = _api_changes(config, outputs.api_diffs, orphan_specs)

    if check:
        reasons = _Reasons(known, outputs, on_disk, spec_disk)
        summary.stale = (
            [Stale(n, reasons.spec(n)) for n in stale_specs]
            + [Stale(n, "its service is no longer configured") for n in orphan_specs]
            + [Stale(f"{config.output.name}/{p}", reasons.output(p)) for p in changed]
            + [Stale(f"{config.output.name}/{p}", "no longer generated") for p in removed]
        )
        return

    in_the_way = [n for n in stale_specs if not known.owns_spec(n) and not _earlier_output(spec_disk[n])]
    with stage(summary, "spec"):
        generator = generator_fingerprint()
        for name in stale_specs:
            if not name.endswith("/schema.json") and name != "schema.json" and name not in outputs.exported:
                checked = known.generator == generator and known.specs.get(name)
                earlier = spec_disk[name] if checked and text_hash(spec_disk[name] or "") == checked.written else None
                validate(_entries_to_validate(json.loads(outputs.specs[name]), earlier), name)

    progress(f"formatting and staging {len(changed)} files")
    staged = _Staging(config, owned, on_disk, in_the_way)
    try:
        with stage(summary, "write"):
            for name in stale_specs:
                staged.write(config.root / name, outputs.specs[name])
            for name in orphan_specs:
                staged.remove(config.root / name)
        written: dict[str, str] = {}  # output file -> hash of the text codegen writes there
        format_cache = FormatCache(cache_root / "black")
        for batch in _batches(changed):
            with stage(summary, "format"):
                formatted, count = format_all({p: outputs.raw[p] for p in batch}, format_cache)
                summary.formatted += count
            with stage(summary, "write"):
                for path in batch:
                    written[path] = text_hash(formatted[path])
                    staged.output(path, formatted[path])
        with stage(summary, "write"):
            for path in removed:
                staged.remove(config.output / path)
            staged.refuse_if_in_the_way()
            files = {
                p: owned[p] if p in unchanged else OutputRecord(raw_hashes[p], written[p])
                for p in sorted(outputs.raw)
            }
            specs = {
                n: SpecRecord(text_hash(outputs.specs[n]), outputs.spec_sources.get(n, "")) for n in sorted(outputs.specs)
            }
            # the fingerprints let the next run see that nothing changed without reading or rendering anything
            current = Manifest(generator, config_fingerprint(config), files, specs)
            if staged.publication is not None or manifest != current:
                staged.write(config.output / MANIFEST_NAME, current.to_json())
            progress("writing")
            staged.commit()
    except BaseException:
        staged.discard()
        raise
    summary.written = [*stale_specs, *(f"{n} (removed)" for n in orphan_specs)]
    summary.written += [f"{config.output.name}/{p}" for p in staged.outputs]
    summary.written += [f"{config.output.name}/{p} (removed)" for p in removed]


_BATCH = 256  # files formatted and staged together: few enough to hold, enough for black's workers


def _batches(paths: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(paths), _BATCH):
        yield paths[start : start + _BATCH]


class _Staging:
    """The changes of one run staged as they are worked out (codegen/publish.py), with the files codegen would
    write but did not write before (`in_the_way`): any of those, and nothing is published."""

    def __init__(self, config: Config, owned: dict[str, OutputRecord], on_disk: LazyTree, in_the_way: list[str]):
        self.config = config
        self.owned = owned
        self.on_disk = on_disk
        self.in_the_way = in_the_way
        self.outputs: list[str] = []  # output files written, in order
        self.publication: Publication | None = None

    def _open(self) -> Publication:
        if self.publication is None:
            self.publication = Publication(self.config.root, keep=(self.config.output, self.config.specs))
        return self.publication

    def write(self, target: Path, text: str) -> None:
        self.refuse_if_in_the_way()  # before the first byte is staged: nothing to stage or undo
        self._open().write(target, text)

    def remove(self, target: Path) -> None:
        self._open().remove(target)

    def output(self, path: str, text: str) -> None:
        """Stage an output file unless the disk already holds its text."""
        if path in self.on_disk and self.on_disk[path] == text:
            return
        if path in self.on_disk and path not in self.owned:
            self.in_the_way.append(f"{self.config.output.name}/{path}")
        elif not self.in_the_way:
            self._open().write(self.config.output / path, text)
        self.outputs.append(path)

    def refuse_if_in_the_way(self) -> None:
        if self.in_the_way:
            shown = ", ".join(self.in_the_way[:5])
            if len(self.in_the_way) > 5:
                shown += f" and {len(self.in_the_way) - 5} more"
            one = len(self.in_the_way) == 1
            raise CodegenError(
                f"{shown}: codegen would write {'this file' if one else 'these files'} but did not "
                f"write {'it' if one else 'them'} (not in {self.config.output.name}/{MANIFEST_NAME}); "
                "move them away and run again"
            )

    def commit(self) -> None:
        if self.publication is not None:
            self.publication.commit()

    def discard(self) -> None:
        if self.publication is not None:
            self.publication.discard()


def _entries_to_validate(spec: dict[str, Any], earlier: str | None) -> dict[str, Any]:
    """The part of a spec that needs checking against the schema. The schema checks each action, structure and
    error code on its own; when the file being replaced passed the same schema (codegen wrote it, with this
    generator), the entries it already holds unchanged need no second check."""
    if earlier is None:
        return spec
    before = json.loads(earlier)
    reduced = dict(spec)
    for key in _ENTRY_TABLES:
        old = before.get(key) if isinstance(before.get(key), dict) else {}
        reduced[key] = {name: entry for name, entry in spec[key].items() if old.get(name) != entry}
    return reduced


def _api_changes(config: Config, diffs: list[ApiDiff], orphans: list[str]) -> list[ApiDiff]:
    """The API change report: the changes of each spec about to change, and of each spec about to be removed,
    in the order of their file names."""
    folder = relative(config, config.specs)
    names = [n.rsplit("/", 1)[-1] for n in orphans if n.rsplit("/", 1)[0] == folder or "/" not in n]
    everything = diffs + diff_with_folder(config.specs, [], names)
    return sorted(everything, key=lambda diff: spec_filename(diff.service, diff.version))


class _Reasons:
    """Why a file is stale, from the manifest's record of what codegen wrote and what it was made from."""

    def __init__(self, manifest: Manifest, outputs: Outputs, on_disk: LazyTree, spec_disk: dict[str, str | None]):
        self.manifest = manifest
        self.outputs = outputs
        self.on_disk = on_disk
        self.spec_disk = spec_disk
        self._generator: str | None = None

    def _made_by_another_generator(self) -> str:
        if self._generator is None:
            self._generator = generator_fingerprint()
        return "generator changed" if self.manifest.generator != self._generator else "configuration changed"

    def _source_changed(self, spec: str) -> bool:
        record = self.manifest.specs.get(spec)
        return record is None or record.sources != self.outputs.spec_sources.get(spec, "")

    def spec(self, name: str) -> str:
        text = self.spec_disk[name]
        if text is None:
            return "missing"
        if not self.manifest.owns_spec(name):
            return "not written by codegen (move it away)"
        record = self.manifest.specs.get(name)
        if record is not None and text_hash(text) != record.written:
            return "edited by hand"
        if name in self.outputs.spec_sources and self._source_changed(name):
            return "source changed"
        return self._made_by_another_generator()

    def output(self, path: str) -> str:
        if path not in self.on_disk:
            return "missing"
        record = self.manifest.files.get(path)
        if record is None:
            return "not written by codegen (move it away)"
        if self.on_disk.digest(path) != record.written:
            return "edited by hand"
        spec = self.outputs.origin.get(path)
        if spec is not None and self._source_changed(spec):
            return "source changed"
        return self._made_by_another_generator()


def _read(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _earlier_output(text: str | None) -> bool:
    """Whether a spec file no manifest lists is still codegen's own earlier output (its manifest went with a deleted
    output folder): a spec (service, version, actions) or the spec schema, identified by its `$id`."""
    if text is None:
        return True
    try:
        data = json.loads(text)
    except ValueError:
        return False
    if not isinstance(data, dict):
        return False
    schema_id = json.loads(SCHEMA_PATH.read_text("utf-8"))["$id"]
    return {"service", "version", "actions"} <= data.keys() or data.get("$id") == schema_id
