"""The project's configuration: [tool.codegen] in pyproject.toml, or codegen.toml."""

from __future__ import annotations

import glob
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from codegen.errors import ConfigError


CACHE_FOLDER = ".cache/codegen"  # under the project root: parse and format caches, staged downloads


@dataclass(frozen=True)
class ServiceConfig:
    name: str
    version: str
    sources: tuple[str, ...]
    formats: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Distribution:
    """What the generated package is called when installed: [tool.codegen.distribution]."""

    name: str
    version: str = "0.1.0"
    description: str = "Typed Tencent Cloud API clients generated from the API documents."


@dataclass(frozen=True)
class Config:
    root: Path
    package: str
    output: Path
    specs: Path
    services: tuple[ServiceConfig, ...]
    file: Path
    openapi: Path | None = None  # where regenerate writes an OpenAPI document per service version, if anywhere
    distribution: Distribution = Distribution("tcapi-clients")

    def source_files(self, service: ServiceConfig) -> list[Path]:
        """The service's sources: each pattern expanded (sorted), duplicates dropped, in configuration order."""
        files: list[Path] = []
        for pattern in service.sources:
            matches = sorted(glob.glob(str(self.root / pattern)))
            if not matches:
                raise ConfigError(f"{self.file}: service {service.name!r}: source pattern {pattern!r} matches no file")
            for match in matches:
                path = Path(match)
                if path.is_file() and path not in files and not path.name.endswith(".meta.json"):
                    files.append(path)
        return files


def find_config(start: Path) -> Path:
    for folder in (start, *start.parents):
        for name in ("codegen.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file() and (name == "codegen.toml" or "[tool.codegen]" in candidate.read_text("utf-8")):
                return candidate
    raise ConfigError(
        f"no codegen.toml or pyproject.toml with [tool.codegen] in {start} or its parents"
        " (start a project with `codegen init PAGE_OR_URL...`)"
    )


def load_config(path: Path | None = None) -> Config:
    """Read and check the configuration; paths in it are relative to the file's folder."""
    file = (path or find_config(Path.cwd())).resolve()
    try:
        data = tomllib.loads(file.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None
    section: Any = data if file.name == "codegen.toml" else data.get("tool", {}).get("codegen")
    if not isinstance(section, dict):
        raise ConfigError(f"{file}: missing [tool.codegen] section")
    root = file.parent
    package = section.get("package", "tcapi")
    if not isinstance(package, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", package):
        raise ConfigError(f"{file}: package must be a lower-case Python identifier, got {package!r}")
    services: list[ServiceConfig] = []
    for i, entry in enumerate(section.get("service", [])):
        where = f"{file}: [[tool.codegen.service]] #{i + 1}"
        name, version, sources = entry.get("name"), entry.get("version"), entry.get("sources")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9]*", name):
            raise ConfigError(f"{where}: name must be a service name such as 'live', got {name!r}")
        if not isinstance(version, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", version):
            raise ConfigError(f"{where}: version must look like 2018-08-01, got {version!r}")
        if not isinstance(sources, list) or not sources or not all(isinstance(s, str) for s in sources):
            raise ConfigError(f"{where}: sources must be a non-empty list of paths or glob patterns")
        formats = dict(entry.get("formats", {}))
        same = next((i for i, s in enumerate(services) if (s.name, s.version) == (name, version)), None)
        if same is None:
            services.append(ServiceConfig(name, version, tuple(sources), formats))
        else:  # a service listed twice (e.g. pages added by `codegen fetch`) is one service
            kept = services[same]
            services[same] = ServiceConfig(name, version, kept.sources + tuple(sources), {**kept.formats, **formats})
    if not services:
        raise ConfigError(f"{file}: no [[tool.codegen.service]] entries")
    return Config(
        root=root,
        package=package,
        output=root / section.get("output", "generated"),
        specs=root / section.get("specs", "spec"),
        services=tuple(services),
        file=file,
        openapi=_openapi_folder(file, root, section),
        distribution=_distribution(section.get("distribution", {}), package, file),
    )


def _openapi_folder(file: Path, root: Path, section: dict[str, Any]) -> Path | None:
    folder = section.get("openapi")
    if folder is None:
        return None
    if not isinstance(folder, str) or not folder.strip():
        raise ConfigError(f"{file}: openapi must be a folder such as 'spec/openapi', got {folder!r}")
    return root / folder


def _distribution(table: Any, package: str, file: Path) -> Distribution:
    where = f"{file}: [tool.codegen.distribution]"
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table with name, version and description")
    default = Distribution(f"{package}-clients")
    name = table.get("name", default.name)
    version = table.get("version", default.version)
    description = table.get("description", default.description)
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?", name):
        raise ConfigError(f"{where}: name must be a distribution name such as 'acme-tencent-clients', got {name!r}")
    if not isinstance(version, str) or not _is_version(version):
        raise ConfigError(f"{where}: version must be a version number such as '1.0.0', got {version!r}")
    if not isinstance(description, str) or "\n" in description:
        raise ConfigError(f"{where}: description must be one line of text, got {description!r}")
    return Distribution(name, version, description)


def _is_version(text: str) -> bool:
    try:
        Version(text)
    except InvalidVersion:
        return False
    return True


def add_sources(config: Config, service: str, version: str | None, paths: list[Path]) -> list[str]:
    """Make the configuration list `paths` for the service: those no pattern covers yet are appended as a new
    [[tool.codegen.service]] entry (entries for the same service version are merged on load)."""
    known = next((s for s in config.services if s.name == service and (version is None or s.version == version)), None)
    chosen_version = version or (known.version if known else None)
    if chosen_version is None:
        raise ConfigError(f"service {service!r} is not in {config.file}; pass --version")
    covered = set(config.source_files(known)) if known else set()
    missing = [p.resolve() for p in paths if p.resolve() not in covered]
    if not missing:
        return []
    relative = sorted(
        p.relative_to(config.root).as_posix() if p.is_relative_to(config.root) else str(p) for p in missing
    )
    prefix = "[[service]]" if config.file.name == "codegen.toml" else "[[tool.codegen.service]]"
    block = f'\n{prefix}\nname = "{service}"\nversion = "{chosen_version}"\nsources = [{", ".join(map(repr_toml, relative))}]\n'
    with open(config.file, "a", encoding="utf-8") as handle:
        handle.write(block)
    load_config(config.file)  # the edited file must still be a valid configuration
    return relative


def repr_toml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
