"""The regenerate job: read → parse → merge → spec → render → format → write, timed per stage."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from codegen.config import CACHE_FOLDER, Config, ServiceConfig
from codegen.errors import SourceError
from codegen.ingest import decode, read_document
from codegen.ingest.document import Document
from codegen.parse import parse_document
from codegen.render import render_distribution, render_runtime, render_service
from codegen.render.format import FORMATTER, FormatCache, content_hash, format_all
from codegen.render.write import read_tree, replace_tree, write_file_atomic
from codegen.spec.diff import ApiDiff, diff_with_folder
from codegen.spec.io import SCHEMA_PATH, dump_spec, spec_filename, spec_from_dict, validate
from codegen.spec.merge import merge_specs
from codegen.spec.model import ServiceSpec

MANIFEST = ".codegen-manifest.json"
_SPEC_NAME = re.compile(r"^[a-z][a-z0-9]*-\d{4}-\d{2}-\d{2}\.json$")
STAGES = ("read", "parse", "merge", "spec", "render", "format", "write")


@dataclass
class Summary:
    specs: list[ServiceSpec] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: {s: 0.0 for s in STAGES})
    written: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
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
    for path in sorted([*package.glob("ingest/*.py"), *package.glob("parse/*.py"), package / "spec" / "model.py"]):
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


def _manifest(files: dict[str, str], raw_hashes: dict[str, str]) -> str:
    entries = {
        path: {"rendered": raw_hashes[path], "written": hashlib.sha256(files[path].encode("utf-8")).hexdigest()}
        for path in sorted(files)
    }
    return json.dumps({"formatter": FORMATTER, "files": entries}, indent=1, sort_keys=True) + "\n"


def _load_manifest(output: Path) -> dict[str, dict[str, str]]:
    try:
        data = json.loads((output / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("formatter") != FORMATTER:
        return {}
    files: dict[str, dict[str, str]] = data.get("files", {})
    return files


def regenerate(
    config: Config,
    *,
    check: bool = False,
    cache_dir: Path | None = None,
    progress: Callable[[str], None] = lambda step: None,
) -> Summary:
    """Rebuild spec/ and generated/ from the sources. With `check`, write nothing and list what is stale.
    `progress` is told the name of each step as it starts."""
    started = time.perf_counter()
    summary = Summary()
    spec_texts: dict[str, str] = {}
    cache_root = cache_dir or config.root / CACHE_FOLDER
    parse_cache = ParseCache(cache_root / "parse")
    for service in config.services:
        progress(f"reading {service.name} {service.version}")
        partials: list[ServiceSpec] = []
        for path in config.source_files(service):
            with _stage(summary, "read"):
                data = path.read_bytes()
                key = parse_cache.key(service, path, _relative(config, path), data)
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
            spec_texts[spec_filename(spec.service, spec.version)] = dump_spec(spec, check=False)
        summary.specs.append(spec)
    with _stage(summary, "spec"):
        openapi_texts = _openapi_texts(config, spec_texts)
    spec_texts["schema.json"] = SCHEMA_PATH.read_text("utf-8")

    progress("rendering")
    with _stage(summary, "render"):
        raw = render_runtime(config.package)
        output = _relative(config, config.output)
        raw.update(render_distribution(config.package, config.distribution, summary.specs, output))
        for spec in summary.specs:
            raw.update(render_service(spec, config.package))
        raw_hashes = {path: content_hash(text) for path, text in raw.items()}

    on_disk = read_tree(config.output)
    manifest = _load_manifest(config.output)
    unchanged = {
        path
        for path, key in raw_hashes.items()
        if manifest.get(path, {}).get("rendered") == key
        and path in on_disk
        and hashlib.sha256(on_disk[path].encode("utf-8")).hexdigest() == manifest[path]["written"]
    }
    stale_specs = [name for name, text in spec_texts.items() if _read(config.specs / name) != text]
    orphan_specs = sorted(
        p.name for p in config.specs.glob("*.json") if _SPEC_NAME.match(p.name) and p.name not in spec_texts
    )
    extra_files = sorted(set(on_disk) - set(raw) - {MANIFEST})
    changed = sorted(set(raw) - unchanged)
    stale_openapi, orphan_openapi = _stale_openapi(config, openapi_texts)

    # API change report: each spec about to change, against the one in spec/ now (codegen/spec/diff.py)
    summary.api_changes = diff_with_folder(config.specs, summary.specs, stale_specs + orphan_specs)

    if check:
        summary.stale = [f"{config.specs.name}/{n}" for n in stale_specs + orphan_specs] + [
            f"{config.output.name}/{p}" for p in changed + extra_files
        ]
        summary.stale += [_relative(config, p) for p in stale_openapi + orphan_openapi]
        summary.seconds = time.perf_counter() - started
        return summary

    with _stage(summary, "spec"):
        for name in stale_specs:
            if name != "schema.json":
                validate(json.loads(spec_texts[name]), name)

    progress(f"formatting {len(changed)} files")
    with _stage(summary, "format"):
        cache = FormatCache(cache_root / "black")
        formatted, summary.formatted = format_all({p: raw[p] for p in changed}, cache)
        formatted.update({p: on_disk[p] for p in unchanged})

    progress("writing")
    with _stage(summary, "write"):
        for name in stale_specs:
            write_file_atomic(config.specs / name, spec_texts[name])
            summary.written.append(f"{config.specs.name}/{name}")
        for name in orphan_specs:  # a service version no longer configured
            (config.specs / name).unlink()
            summary.written.append(f"{config.specs.name}/{name} (removed)")
        for path in stale_openapi:
            write_file_atomic(path, openapi_texts[path.name])
            summary.written.append(_relative(config, path))
        for path in orphan_openapi:
            path.unlink()
            summary.written.append(f"{_relative(config, path)} (removed)")
        if changed or extra_files or not (config.output / MANIFEST).exists():
            files = dict(formatted)
            files[MANIFEST] = _manifest(formatted, raw_hashes)
            replace_tree(config.output, files, frozenset(unchanged))
            summary.written.extend(f"{config.output.name}/{p}" for p in changed)
    summary.seconds = time.perf_counter() - started
    return summary


def _openapi_texts(config: Config, spec_texts: dict[str, str]) -> dict[str, str]:
    """The OpenAPI document of each spec, made from the spec's JSON form as `codegen export openapi` reads it;
    none unless the configuration names a folder for them."""
    if config.openapi is None:
        return {}
    from codegen.export.openapi import dump_openapi, openapi_filename

    texts: dict[str, str] = {}
    for text in spec_texts.values():
        spec = spec_from_dict(json.loads(text))
        texts[openapi_filename(spec.service, spec.version)] = dump_openapi(spec)
    return texts


def _stale_openapi(config: Config, texts: dict[str, str]) -> tuple[list[Path], list[Path]]:
    """OpenAPI documents that differ from `texts`, and those of service versions no longer configured."""
    if config.openapi is None:
        return [], []
    stale = [config.openapi / name for name in sorted(texts) if _read(config.openapi / name) != texts[name]]
    orphans = sorted(p for p in config.openapi.glob("*.openapi.json") if p.name not in texts)
    return stale, orphans


def _read(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except OSError:
        return None
