"""Bring the output and specs folders to what was computed: say why each file is stale (`--check`), or publish
the changes all at once, touching only files codegen wrote."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from codegen.build import Outputs
from codegen.config import Config
from codegen.errors import CodegenError
from codegen.files import LazyTree
from codegen.freshness import config_fingerprint, generator_fingerprint, relative
from codegen.manifest import MANIFEST_NAME, Manifest, OutputRecord, SpecRecord, text_hash
from codegen.publish import Change, publish
from codegen.render.format import FormatCache, content_hash, format_all
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
    raw_hashes = {path: content_hash(text) for path, text in outputs.raw.items()}
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

    progress(f"formatting {len(changed)} files")
    with stage(summary, "format"):
        formatted, summary.formatted = format_all(
            {p: outputs.raw[p] for p in changed}, FormatCache(cache_root / "black")
        )
    writes = [p for p in changed if on_disk.get(p) != formatted[p]]
    in_the_way += [f"{config.output.name}/{p}" for p in writes if p in on_disk and p not in owned]
    if in_the_way:
        shown = ", ".join(in_the_way[:5]) + (f" and {len(in_the_way) - 5} more" if len(in_the_way) > 5 else "")
        raise CodegenError(
            f"{shown}: codegen would write {'this file' if len(in_the_way) == 1 else 'these files'} but did not "
            f"write {'it' if len(in_the_way) == 1 else 'them'} (not in {config.output.name}/{MANIFEST_NAME}); "
            "move them away and run again"
        )

    progress("writing")
    with stage(summary, "write"):
        changes = [Change(config.root / n, outputs.specs[n]) for n in stale_specs]
        changes += [Change(config.root / n, None) for n in orphan_specs]
        changes += [Change(config.output / p, formatted[p]) for p in writes]
        changes += [Change(config.output / p, None) for p in removed]
        files = {
            p: owned[p] if p in unchanged else OutputRecord(raw_hashes[p], text_hash(formatted[p]))
            for p in sorted(outputs.raw)
        }
        specs = {n: SpecRecord(text_hash(t), outputs.spec_sources.get(n, "")) for n, t in sorted(outputs.specs.items())}
        # the fingerprints let the next run see that nothing changed without reading or rendering anything
        current = Manifest(generator, config_fingerprint(config), files, specs)
        if changes or manifest != current:
            record = Change(config.output / MANIFEST_NAME, current.to_json())
            publish(config.root, [*changes, record], keep=(config.output, config.specs))
        summary.written = [*stale_specs, *(f"{n} (removed)" for n in orphan_specs)]
        summary.written += [f"{config.output.name}/{p}" for p in writes]
        summary.written += [f"{config.output.name}/{p} (removed)" for p in removed]


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
