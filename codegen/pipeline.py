"""The regenerate job: read → parse → merge → spec → render → format → write, timed per stage."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from codegen.config import CACHE_FOLDER, Config, ServiceConfig
from codegen.errors import CodegenError, SourceError
from codegen.ingest import decode, read_document
from codegen.ingest.document import Document
from codegen.lock import WAIT_SECONDS, project_lock
from codegen.manifest import MANIFEST_NAME, Manifest, OutputRecord, SpecRecord, load_manifest, text_hash
from codegen.ownership import check_folders
from codegen.parse import parse_document
from codegen.publish import Change, publish, recover
from codegen.render import TEMPLATES, render_distribution, render_runtime, render_service
from codegen.render.cache import RenderCache
from codegen.render.format import FORMATTER, FormatCache, content_hash, format_all
from codegen.render.write import read_tree
from codegen.spec.diff import ApiDiff, diff_with_folder
from codegen.spec.io import SCHEMA_PATH, dump_spec, spec_filename, spec_from_dict, validate
from codegen.spec.merge import merge_specs
from codegen.spec.model import ServiceSpec

STAGES = ("read", "parse", "merge", "spec", "render", "format", "write")


@dataclass(frozen=True)
class Stale:
    path: str
    reason: str


@dataclass
class Summary:
    specs: list[ServiceSpec] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: {s: 0.0 for s in STAGES})
    written: list[str] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)  # files in the output folder that codegen did not write
    recovered: str | None = None
    api_changes: list[ApiDiff] = field(default_factory=list)
    formatted: int = 0
    seconds: float = 0.0

    @property
    def conflicts(self) -> int:
        return sum(len(s.conflicts) for s in self.specs)


@contextmanager
def _stage(summary: Summary, name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        summary.timings[name] += time.perf_counter() - start


def _relative(config: Config, path: Path) -> str:
    return path.relative_to(config.root).as_posix() if path.is_relative_to(config.root) else str(path)


def read_source(config: Config, service: ServiceConfig, path: Path, data: bytes | None = None) -> Document:
    relative = _relative(config, path)
    text = decode(relative, path.read_bytes() if data is None else data)
    return read_document(relative, text, service.formats.get(path.name))


def parse_source(service: ServiceConfig, doc: Document) -> ServiceSpec:
    """One document's partial spec, checked against the service version the configuration files it under."""
    spec = parse_document(doc)
    if spec.service and spec.service != service.name:
        raise SourceError(
            doc.path, 1, f"document is for service {spec.service!r}; the configuration lists it under {service.name!r}"
        )
    if spec.version and spec.version != service.version:
        raise SourceError(
            doc.path, 1, f"document is for version {spec.version}; the configuration expects {service.version}"
        )
    return spec


def _code_fingerprint() -> str:
    """Changes whenever the readers, the parser or the spec model change, so cached parses are not reused."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    parser_files = [*package.glob("ingest/*.py"), *package.glob("parse/*.py"), package / "spec" / "model.py"]
    for path in sorted([*parser_files, package / "jsontext.py"]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class ParseCache:
    """Partial specs by (code fingerprint, how the source is configured, its path and bytes): unchanged sources are
    neither read nor parsed again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fingerprint = _code_fingerprint()

    def key(self, service: ServiceConfig, path: Path, relative: str, data: bytes) -> str:
        digest = hashlib.sha256(f"{self.fingerprint}\0{service.name}\0{service.version}\0{relative}\0".encode())
        digest.update(service.formats.get(path.name, "").encode() + b"\0" + data)
        return digest.hexdigest()

    def get(self, key: str) -> ServiceSpec | None:
        try:
            with open(self.folder / f"{key}.pickle", "rb") as handle:
                spec: ServiceSpec = pickle.load(handle)
                return spec
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, key: str, spec: ServiceSpec) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{key}.{os.getpid()}.tmp"
        tmp.write_bytes(pickle.dumps(spec, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, self.folder / f"{key}.pickle")


def generator_fingerprint() -> str:
    """Changes whenever any part of the generator changes: its code, its templates or the formatter."""
    package = Path(__file__).parent
    digest = hashlib.sha256(FORMATTER.encode())
    for base, paths in ((package, package.rglob("*.py")), (TEMPLATES, TEMPLATES.rglob("*"))):
        for path in sorted(p for p in paths if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _read_bytes(config: Config, path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CodegenError(f"{_relative(config, path)}: cannot read ({exc.strerror})") from None


@dataclass
class _Outputs:
    """What the sources give: spec texts by path relative to the project root, the hash of each spec's sources,
    rendered files by path relative to the output folder, and the spec each rendered file comes from."""

    specs: dict[str, str] = field(default_factory=dict)
    spec_sources: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    exported: set[str] = field(default_factory=set)  # the OpenAPI documents among `specs`


def regenerate(
    config: Config,
    *,
    check: bool = False,
    cache_dir: Path | None = None,
    lock_wait: float = WAIT_SECONDS,
    progress: Callable[[str], None] = lambda step: None,
) -> Summary:
    """Rebuild spec/ and the output folder from the sources, replacing or removing only files codegen wrote.
    With `check`, write nothing and list what is stale and why. `progress` is told the name of each step as it
    starts."""
    started = time.perf_counter()
    summary = Summary()
    sources = [config.source_files(service) for service in config.services]
    with project_lock(config.root, lock_wait):
        summary.recovered = recover(config.root, config.output)
        check_folders(config, [path for files in sources for path in files])
        manifest = load_manifest(config.output)
        cache_root = cache_dir or config.root / CACHE_FOLDER
        outputs = _compute(config, sources, summary, cache_root, progress)
        _compare_and_publish(config, manifest, outputs, summary, check, cache_root, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _compute(
    config: Config, sources: list[list[Path]], summary: Summary, cache_root: Path, progress: Callable[[str], None]
) -> _Outputs:
    outputs = _Outputs()
    parse_cache = ParseCache(cache_root / "parse")
    for service, files in zip(config.services, sources):
        progress(f"reading {service.name} {service.version}")
        partials: list[ServiceSpec] = []
        inputs = hashlib.sha256(f"{service.name}\0{service.version}\0".encode())
        for path in files:
            with _stage(summary, "read"):
                data = _read_bytes(config, path)
                relative = _relative(config, path)
                fmt = service.formats.get(path.name, "")
                inputs.update(f"{relative}\0{fmt}\0{len(data)}\0".encode() + data)
                key = parse_cache.key(service, path, relative, data)
                partial = parse_cache.get(key)
                doc = read_source(config, service, path, data) if partial is None else None
            if doc is not None:
                with _stage(summary, "parse"):
                    partial = parse_source(service, doc)
                parse_cache.put(key, partial)
            assert partial is not None
            partials.append(partial)
        with _stage(summary, "merge"):
            spec = merge_specs(service.name, service.version, partials)
        with _stage(summary, "spec"):
            name = _relative(config, config.specs / spec_filename(spec.service, spec.version))
            outputs.specs[name] = dump_spec(spec, check=False)
            outputs.spec_sources[name] = inputs.hexdigest()
        summary.specs.append(spec)
    with _stage(summary, "spec"):
        _add_openapi(config, outputs)
    outputs.specs[_relative(config, config.specs / "schema.json")] = SCHEMA_PATH.read_text("utf-8")
    progress("rendering")
    with _stage(summary, "render"):
        render_cache = RenderCache(cache_root / "render")
        outputs.raw = render_runtime(config.package)
        outputs.raw.update(
            render_distribution(config.package, config.distribution, summary.specs, _relative(config, config.output))
        )
        for spec in summary.specs:
            rendered = render_service(spec, config.package, render_cache)
            outputs.raw.update(rendered)
            origin = _relative(config, config.specs / spec_filename(spec.service, spec.version))
            outputs.origin.update(dict.fromkeys(rendered, origin))
    return outputs


def _compare_and_publish(
    config: Config,
    manifest: Manifest | None,
    outputs: _Outputs,
    summary: Summary,
    check: bool,
    cache_root: Path,
    progress: Callable[[str], None],
) -> None:
    known = manifest or Manifest()
    raw_hashes = {path: content_hash(text) for path, text in outputs.raw.items()}
    on_disk = read_tree(config.output)
    on_disk.pop(MANIFEST_NAME, None)
    owned = known.files
    unchanged = {
        path
        for path, key in raw_hashes.items()
        if path in owned
        and owned[path].rendered == key
        and path in on_disk
        and text_hash(on_disk[path]) == owned[path].written
    }
    changed = sorted(set(outputs.raw) - unchanged)
    removed = sorted(p for p in owned if p not in outputs.raw and p in on_disk)
    summary.foreign = sorted(f"{config.output.name}/{p}" for p in on_disk if p not in owned and p not in outputs.raw)
    spec_disk = {name: _read(config.root / name) for name in outputs.specs}
    stale_specs = sorted(name for name, text in outputs.specs.items() if spec_disk[name] != text)
    candidates = set(known.specs) | {_relative(config, p) for p in config.specs.glob("*.json")}
    orphan_specs = sorted(
        n for n in candidates if n not in outputs.specs and known.owns_spec(n) and (config.root / n).is_file()
    )
    summary.api_changes = _api_changes(config, summary.specs, stale_specs + orphan_specs)

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
    with _stage(summary, "spec"):
        for name in stale_specs:
            if not name.endswith("/schema.json") and name != "schema.json" and name not in outputs.exported:
                validate(json.loads(outputs.specs[name]), name)

    progress(f"formatting {len(changed)} files")
    with _stage(summary, "format"):
        formatted, summary.formatted = format_all(
            {p: outputs.raw[p] for p in changed}, FormatCache(cache_root / "black")
        )
        formatted.update({p: on_disk[p] for p in unchanged})
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
    with _stage(summary, "write"):
        changes = [Change(config.root / n, outputs.specs[n]) for n in stale_specs]
        changes += [Change(config.root / n, None) for n in orphan_specs]
        changes += [Change(config.output / p, formatted[p]) for p in writes]
        changes += [Change(config.output / p, None) for p in removed]
        files = {
            p: owned[p] if p in unchanged else OutputRecord(raw_hashes[p], text_hash(formatted[p]))
            for p in sorted(outputs.raw)
        }
        specs = {n: SpecRecord(text_hash(t), outputs.spec_sources.get(n, "")) for n, t in sorted(outputs.specs.items())}
        if changes or manifest is None or manifest.legacy or files != owned or specs != known.specs:
            generator = known.generator if known.generator and not changes else generator_fingerprint()
            record = Change(config.output / MANIFEST_NAME, Manifest(generator, files, specs).to_json())
            publish(config.root, [*changes, record], keep=(config.output, config.specs))
        summary.written = [*stale_specs, *(f"{n} (removed)" for n in orphan_specs)]
        summary.written += [f"{config.output.name}/{p}" for p in writes]
        summary.written += [f"{config.output.name}/{p} (removed)" for p in removed]


def _add_openapi(config: Config, outputs: _Outputs) -> None:
    """The OpenAPI document of each spec, made from the spec's JSON form as `codegen export openapi` reads it, when
    the configuration names a folder for them; codegen owns them as it owns the specs."""
    if config.openapi is None:
        return
    from codegen.export.openapi import dump_openapi, openapi_filename

    for name, text in list(outputs.specs.items()):
        spec = spec_from_dict(json.loads(text))
        document = _relative(config, config.openapi / openapi_filename(spec.service, spec.version))
        outputs.specs[document] = dump_openapi(spec)
        outputs.spec_sources[document] = outputs.spec_sources[name]
        outputs.exported.add(document)


def _api_changes(config: Config, specs: list[ServiceSpec], changing: list[str]) -> list[ApiDiff]:
    """The API change report of each spec about to change, against the one in the specs folder now."""
    folder = _relative(config, config.specs)
    names = [n.rsplit("/", 1)[-1] for n in changing if n.rsplit("/", 1)[0] == folder or "/" not in n]
    return diff_with_folder(config.specs, specs, names)


class _Reasons:
    """Why a file is stale, from the manifest's record of what codegen wrote and what it was made from."""

    def __init__(
        self, manifest: Manifest, outputs: _Outputs, on_disk: dict[str, str], spec_disk: dict[str, str | None]
    ):
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
        if text_hash(self.on_disk[path]) != record.written:
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
