"""Whether the outputs are current, decided without reading a document or rendering a file.

The manifest records what the outputs were made from: the fingerprint of each spec's sources, of the configuration
and of the generator. When all three match and every file codegen wrote is on disk as it wrote it, a regenerate has
nothing to do and `--check` has nothing to report. Nothing here needs a cache, so this holds in a fresh clone too.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from codegen.config import Config, ServiceConfig
from codegen.files import list_tree
from codegen.hashcache import HashCache
from codegen.manifest import MANIFEST_NAME, Manifest
from codegen.resources import templates_folder


def relative(config: Config, path: Path) -> str:
    """A path as the manifest and the messages name it: relative to the project root when it is inside it."""
    return path.relative_to(config.root).as_posix() if path.is_relative_to(config.root) else str(path)


def spec_name(config: Config, service: ServiceConfig) -> str:
    return relative(config, config.specs / f"{service.name}-{service.version}.json")


class SourceDigest:
    """The fingerprint of one spec's sources: the service version, then each file's path, format and content hash
    (SHA-256 of its bytes)."""

    def __init__(self, service: ServiceConfig) -> None:
        self._digest = hashlib.sha256(f"{service.name}\0{service.version}\0".encode())

    def add(self, relative_path: str, fmt: str, content_hash: str) -> None:
        self._digest.update(f"{relative_path}\0{fmt}\0{content_hash}\0".encode())

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def config_fingerprint(config: Config) -> str:
    """Everything in the configuration that shapes the outputs, apart from the source files themselves."""
    data = {
        "package": config.package,
        "output": relative(config, config.output),
        "specs": relative(config, config.specs),
        "openapi": None if config.openapi is None else relative(config, config.openapi),
        "distribution": [config.distribution.name, config.distribution.version, config.distribution.description],
        "services": [[s.name, s.version, sorted(s.formats.items())] for s in config.services],
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def generator_fingerprint(hashes: HashCache | None = None) -> str:
    """Changes whenever any part of the generator changes: its code or its templates. The libraries it uses are not
    part of it: the outputs must not depend on which of their versions is installed (tests hold them to that).
    `hashes` spares reading the files whose stat is unchanged."""
    package = Path(__file__).parent
    templates = templates_folder()
    hashes = HashCache(None) if hashes is None else hashes
    inside = f"{templates.relative_to(package).as_posix()}/" if templates.is_relative_to(package) else None
    code = [p for p in list_tree(package) if p.endswith(".py") and not (inside and p.startswith(inside))]
    digest = hashlib.sha256()
    for base, paths in ((package, code), (templates, list_tree(templates))):
        prefix = f"{base}{os.sep}"
        for path in paths:
            digest.update(f"{path}\0{hashes.digest(prefix + path)}\0".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Freshness:
    """The outcome of the check: whether everything is current, and the files in the output folder codegen did
    not write (reported, never touched)."""

    current: bool
    foreign: tuple[str, ...] = ()


def check_freshness(
    config: Config, sources: list[list[Path]], manifest: Manifest | None, hashes: HashCache
) -> Freshness:
    """Compare the manifest's fingerprints with the sources, the configuration and the generator, and the files
    it lists with the disk (`hashes` remembers the files' hashes between runs)."""
    if manifest is None or manifest.legacy or manifest.config != config_fingerprint(config):
        return Freshness(False)
    for service, files in zip(config.services, sources):
        record = manifest.specs.get(spec_name(config, service))
        if record is None or record.sources != _sources_fingerprint(config, service, files, hashes):
            return Freshness(False)
    digest = hashes.digest
    root, output = f"{config.root}{os.sep}", f"{config.output}{os.sep}"
    for name, spec in manifest.specs.items():
        if digest(root + name) != spec.written:
            return Freshness(False)
    owned = manifest.files
    for name, output_record in owned.items():
        if digest(output + name) != output_record.written:
            return Freshness(False)
    if manifest.generator != generator_fingerprint(hashes):
        return Freshness(False)
    listed = list_tree(config.output)
    foreign = tuple(f"{config.output.name}/{p}" for p in listed if p not in owned and p != MANIFEST_NAME)
    return Freshness(True, foreign)


def _sources_fingerprint(config: Config, service: ServiceConfig, files: list[Path], hashes: HashCache) -> str | None:
    digest = SourceDigest(service)
    for path in files:
        content_hash = hashes.digest(str(path))
        if content_hash is None:
            return None
        digest.add(relative(config, path), service.formats.get(path.name, ""), content_hash)
    return digest.hexdigest()
