"""What the sources give: read, parse (cached), merge, write the spec text, render every output file."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from codegen.config import Config, ServiceConfig
from codegen.errors import CodegenError
from codegen.freshness import SourceDigest, relative, spec_name
from codegen.ingest import decode, read_bytes, read_document
from codegen.ingest.document import Document
from codegen.parse import parse_document
from codegen.parse_cache import ParseCache, checked
from codegen.render import render_distribution, render_runtime, render_service
from codegen.render.cache import RenderCache
from codegen.render.format import content_hash
from codegen.spec.io import SCHEMA_PATH, dump_spec, spec_from_dict
from codegen.spec.merge import merge_specs
from codegen.spec.model import ServiceSpec
from codegen.spool import Spool
from codegen.spec.diff import ApiDiff, diff_with_earlier
from codegen.summary import SpecSummary, Summary, stage
from codegen.workers import available_workers, run_jobs, worker_count


def read_source(config: Config, service: ServiceConfig, path: Path, data: bytes | None = None) -> Document:
    name = relative(config, path)
    text = decode(name, read_bytes(path, name) if data is None else data)
    return read_document(name, text, service.formats.get(path.name))


def parse_source(service: ServiceConfig, doc: Document) -> ServiceSpec:
    """One document's partial spec, checked against the service version the configuration files it under."""
    return checked(service, doc.path, parse_document(doc))


def _read_bytes(config: Config, path: Path) -> bytes:
    try:
        return read_bytes(path, relative(config, path))
    except OSError as exc:
        raise CodegenError(f"{relative(config, path)}: cannot read ({exc.strerror})") from None


@dataclass
class Outputs:
    """What the sources give: spec texts by path relative to the project root, the hash of each spec's sources,
    rendered files by path relative to the output folder, the spec each rendered file comes from, and the API
    changes of the specs that change. The texts wait in temporary files (codegen/spool.py), so that memory holds
    one service's at a time."""

    specs: Spool = field(default_factory=Spool)
    spec_sources: dict[str, str] = field(default_factory=dict)
    raw: Spool = field(default_factory=Spool)
    raw_hashes: dict[str, str] = field(default_factory=dict)  # content_hash of each rendered file
    origin: dict[str, str] = field(default_factory=dict)
    exported: set[str] = field(default_factory=set)  # the OpenAPI documents among `specs`
    api_diffs: list[ApiDiff] = field(default_factory=list)  # of the specs whose text changes

    def add_rendered(self, files: dict[str, str], origin: str | None) -> None:
        """Rendered files, made from the spec `origin` (None: from the configuration alone)."""
        for path, text in files.items():
            self.raw[path] = text
            self.raw_hashes[path] = content_hash(text)
            if origin is not None:
                self.origin[path] = origin

    def close(self) -> None:
        self.specs.close()
        self.raw.close()


@dataclass
class ServiceOutput:
    """One service version's spec summary and JSON text, the API changes from the spec file it replaces, the
    fingerprint of its sources, its rendered files, and the time each stage took to make them."""

    summary: SpecSummary
    text: str
    api_diff: ApiDiff | None
    sources: str
    rendered: dict[str, str]
    timings: dict[str, float]


@dataclass(frozen=True)
class ServiceBuild:
    """What building one service's output needs; the job a worker process is given."""

    config: Config
    service: ServiceConfig
    files: list[Path]
    cache_root: Path
    page_workers: int  # processes that may read and parse the pages of one document, and render its pieces


def build_service(job: ServiceBuild) -> ServiceOutput:
    """Read and parse (through the parse cache), merge, write the spec text and render one service version."""
    config, service = job.config, job.service
    timed = Summary()
    parse_cache = ParseCache(job.cache_root / "parse", job.page_workers)
    partials: list[ServiceSpec] = []
    inputs = SourceDigest(service)
    for path in job.files:
        with stage(timed, "read"):
            data = _read_bytes(config, path)
            name = relative(config, path)
            inputs.add(name, service.formats.get(path.name, ""), hashlib.sha256(data).hexdigest())
        partials.append(parse_cache.partial(service, path, name, data, lambda step: stage(timed, step)))
    with stage(timed, "merge"):
        spec = merge_specs(service.name, service.version, partials)
    del partials
    with stage(timed, "spec"):
        text = dump_spec(spec, check=False)
        api_diff = _api_diff(config, service, spec, text)
    with stage(timed, "render"):
        rendered = render_service(spec, config.package, RenderCache(job.cache_root / "render"), job.page_workers)
    return ServiceOutput(SpecSummary.of(spec), text, api_diff, inputs.hexdigest(), rendered, timed.timings)


def _api_diff(config: Config, service: ServiceConfig, spec: ServiceSpec, text: str) -> ApiDiff | None:
    """The API changes from the spec file in the specs folder, when the new spec's text differs from it (none when
    that file cannot be read as a spec: there is nothing to compare with)."""
    try:
        earlier: str | None = (config.root / spec_name(config, service)).read_text("utf-8")
    except FileNotFoundError:
        earlier = None
    except (OSError, UnicodeDecodeError):
        return None
    return None if earlier == text else diff_with_earlier(earlier, spec)


def compute_outputs(
    config: Config, sources: list[list[Path]], summary: Summary, cache_root: Path, progress: Callable[[str], None]
) -> Outputs:
    """Every spec text and rendered file the sources give. Each service is built on its own; with several CPUs,
    the services are built in worker processes, or, when one service holds most of the sources, each service's
    pages are read and parsed in them. The texts made wait in temporary files, so memory holds one service's."""
    outputs = Outputs()
    workers = worker_count(None, len(config.services))
    by_service = _by_service(sources, workers)
    page_workers = 1 if by_service else available_workers()
    jobs = [
        ServiceBuild(config, service, files, cache_root, page_workers)
        for service, files in zip(config.services, sources)
    ]
    with closing(run_jobs(build_service, jobs, workers if by_service else 1)) as built:
        for job in jobs:
            progress(f"reading and rendering {job.service.name} {job.service.version}")
            result = next(built)
            origin = spec_name(config, job.service)
            outputs.specs[origin] = result.text
            outputs.spec_sources[origin] = result.sources
            if result.api_diff is not None:
                outputs.api_diffs.append(result.api_diff)
            outputs.add_rendered(result.rendered, origin)
            summary.specs.append(result.summary)
            for name, seconds in result.timings.items():
                summary.timings[name] += seconds
    with stage(summary, "spec"):
        _add_openapi(config, outputs)
    outputs.specs[relative(config, config.specs / "schema.json")] = SCHEMA_PATH.read_text("utf-8")
    with stage(summary, "render"):
        outputs.add_rendered(render_runtime(config.package), None)
        outputs.add_rendered(
            render_distribution(
                config.package,
                config.distribution,
                [(spec.service, spec.version) for spec in summary.specs],
                relative(config, config.output),
            ),
            None,
        )
    return outputs


def _by_service(sources: list[list[Path]], workers: int) -> bool:
    """Whether to build whole services in parallel: when there are workers and no service holds more than half
    of the sources' bytes (else that one service would keep one worker busy while the others wait)."""
    if workers < 2:
        return False
    sizes = [sum(_size(path) for path in files) for files in sources]
    return max(sizes) * 2 <= sum(sizes)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it reports the problem


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
