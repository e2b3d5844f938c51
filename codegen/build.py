"""What the sources give: read, parse (cached), merge, write the spec text, render every output file."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from codegen.config import Config, ServiceConfig
from codegen.errors import CodegenError, SourceError
from codegen.freshness import SourceDigest, relative, spec_name
from codegen.ingest import decode, read_document
from codegen.ingest.document import Document
from codegen.parse import parse_document
from codegen.render import render_distribution, render_runtime, render_service
from codegen.spec.io import SCHEMA_PATH, dump_spec, spec_from_dict
from codegen.spec.merge import merge_specs
from codegen.spec.model import ServiceSpec
from codegen.summary import Summary, stage


def read_source(config: Config, service: ServiceConfig, path: Path, data: bytes | None = None) -> Document:
    name = relative(config, path)
    text = decode(name, path.read_bytes() if data is None else data)
    return read_document(name, text, service.formats.get(path.name))


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


def _read_bytes(config: Config, path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CodegenError(f"{relative(config, path)}: cannot read ({exc.strerror})") from None


@dataclass
class Outputs:
    """What the sources give: spec texts by path relative to the project root, the hash of each spec's sources,
    rendered files by path relative to the output folder, and the spec each rendered file comes from."""

    specs: dict[str, str] = field(default_factory=dict)
    spec_sources: dict[str, str] = field(default_factory=dict)
    raw: dict[str, str] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    exported: set[str] = field(default_factory=set)  # the OpenAPI documents among `specs`


def compute_outputs(
    config: Config, sources: list[list[Path]], summary: Summary, cache_root: Path, progress: Callable[[str], None]
) -> Outputs:
    """Every spec text and rendered file the sources give. One service is read, merged and rendered at a time; what
    stays in memory between services is their spec and rendered text."""
    outputs = Outputs()
    parse_cache = ParseCache(cache_root / "parse")
    for service, files in zip(config.services, sources):
        progress(f"reading {service.name} {service.version}")
        partials: list[ServiceSpec] = []
        inputs = SourceDigest(service)
        for path in files:
            with stage(summary, "read"):
                data = _read_bytes(config, path)
                name = relative(config, path)
                inputs.add(name, service.formats.get(path.name, ""), data)
                key = parse_cache.key(service, path, name, data)
                partial = parse_cache.get(key)
                doc = read_source(config, service, path, data) if partial is None else None
            if doc is not None:
                with stage(summary, "parse"):
                    partial = parse_source(service, doc)
                parse_cache.put(key, partial)
            assert partial is not None
            partials.append(partial)
        with stage(summary, "merge"):
            spec = merge_specs(service.name, service.version, partials)
        del partials
        with stage(summary, "spec"):
            origin = spec_name(config, service)
            outputs.specs[origin] = dump_spec(spec, check=False)
            outputs.spec_sources[origin] = inputs.hexdigest()
        progress(f"rendering {service.name} {service.version}")
        with stage(summary, "render"):
            rendered = render_service(spec, config.package)
            outputs.raw.update(rendered)
            outputs.origin.update(dict.fromkeys(rendered, origin))
        summary.specs.append(spec)
    with stage(summary, "spec"):
        _add_openapi(config, outputs)
    outputs.specs[relative(config, config.specs / "schema.json")] = SCHEMA_PATH.read_text("utf-8")
    with stage(summary, "render"):
        outputs.raw.update(render_runtime(config.package))
        outputs.raw.update(
            render_distribution(config.package, config.distribution, summary.specs, relative(config, config.output))
        )
    return outputs


def _add_openapi(config: Config, outputs: Outputs) -> None:
    """The OpenAPI document of each spec, made from the spec's JSON form as `codegen export openapi` reads it, when
    the configuration names a folder for them; codegen owns them as it owns the specs."""
    if config.openapi is None:
        return
    from codegen.export.openapi import dump_openapi, openapi_filename

    for name, text in list(outputs.specs.items()):
        spec = spec_from_dict(json.loads(text))
        document = relative(config, config.openapi / openapi_filename(spec.service, spec.version))
        outputs.specs[document] = dump_openapi(spec)
        outputs.spec_sources[document] = outputs.spec_sources[name]
        outputs.exported.add(document)
