"""The project's configuration: [tool.codegen] in pyproject.toml, or codegen.toml."""

from __future__ import annotations

import difflib
import glob
import keyword
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from codegen.errors import ConfigError
from codegen.ingest import READERS


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
        """The service's sources: each pattern expanded (sorted), duplicates dropped, in configuration order.
        A pattern that matches no readable file is an error: an empty service would remove its client."""
        files: list[Path] = []
        for pattern in service.sources:
            matches = [Path(m) for m in sorted(glob.glob(str(self.root / pattern)))]
            readable = [p for p in matches if p.is_file() and not p.name.endswith(".meta.json")]
            if not readable:
                raise ConfigError(
                    f"{self.file}: service {service.name!r}: source pattern {pattern!r} matches no readable file"
                    + _what_matched(matches)
                )
            files.extend(p for p in readable if p not in files)
        return files


def _what_matched(matches: list[Path]) -> str:
    kinds = []
    for path in matches[:3]:
        if path.is_dir():
            kinds.append(f"{path.name}/ is a folder (add /* to read the files in it)")
        elif path.is_symlink() and not path.exists():
            kinds.append(f"{path.name} is a broken link or a link loop")
        elif path.name.endswith(".meta.json"):
            kinds.append(f"{path.name} is a fetch record")
        else:
            kinds.append(f"{path.name} is not a regular file")
    return f" ({'; '.join(kinds)})" if kinds else ""


TOP_KEYS = ("package", "output", "specs", "openapi", "distribution", "service")
SERVICE_KEYS = ("name", "version", "sources", "formats")
DISTRIBUTION_KEYS = ("name", "version", "description")


def find_config(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "codegen.toml").is_file():
            return folder / "codegen.toml"
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and re.search(r"^\s*\[\[?\s*tool\.codegen\b", _read_text(candidate), re.M):
            return candidate
    raise ConfigError(
        f"no codegen.toml or pyproject.toml with [tool.codegen] in {start} or its parents"
        " (start a project with `codegen init PAGE_OR_URL...`)"
    )


def _read_text(file: Path) -> str:
    try:
        return file.read_text("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such configuration file") from None
    except IsADirectoryError:
        raise ConfigError(f"{file}: is a folder; expected a pyproject.toml or codegen.toml") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{file}: not UTF-8 text ({exc.reason}); expected a TOML file") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read ({exc.strerror})") from None


@dataclass(frozen=True)
class _Lines:
    """Where keys stand in the configuration text (tomllib does not say), for error messages."""

    file: Path
    text: str

    def _start(self, service: int | None) -> int:
        header = r"\[\[[ \t]*(tool\.codegen\.)?service[ \t]*\]\]" if service is not None else r"\[tool\.codegen\]"
        found = list(re.finditer(rf"^[ \t]*{header}", self.text, re.M))
        index = service or 0
        return found[index].start() if index < len(found) else 0

    def at(self, key: str, service: int | None = None) -> str:
        """`FILE:LINE` of `key` in the codegen table, or in the service table number `service` (from 0)."""
        start = self._start(service)
        found = re.compile(rf'^[ \t]*"?{re.escape(key)}"?[ \t]*=', re.M).search(self.text, start)
        return f"{self.file}:{self.text.count(chr(10), 0, found.start() if found else start) + 1}"


def _unknown_keys(lines: _Lines, table: dict[str, Any], valid: tuple[str, ...], service: int | None = None) -> None:
    for key in table:
        if key not in valid:
            close = difflib.get_close_matches(key, list(valid), n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(valid)}"
            raise ConfigError(f"{lines.at(key, service)}: unknown key {key!r}; {hint}")


def _section(file: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The codegen table: [tool.codegen] of a pyproject.toml, the top level of any other file."""
    if file.name == "pyproject.toml":
        section = data.get("tool", {}).get("codegen")
        if isinstance(section, dict):
            return section
        if "codegen" in data or "service" in data:
            raise ConfigError(
                f"{file}: found [codegen] or [[service]]; in pyproject.toml write them as "
                "[tool.codegen] and [[tool.codegen.service]]"
            )
        raise ConfigError(f"{file}: missing [tool.codegen] section")
    misplaced = [key for key in ("tool", "codegen") if key in data]
    if misplaced:
        header = "[tool.codegen...]" if misplaced[0] == "tool" else "[codegen]"
        raise ConfigError(
            f"{file}: found {header} tables; {file.name} takes the keys at its top level: package = ..., output = ..., "
            "specs = ... before any table, then one [[service]] table per service (no tool.codegen prefix)"
        )
    return data


def load_config(path: Path | None = None) -> Config:
    """Read and check the configuration; paths in it are relative to the file's folder."""
    file = (path or find_config(Path.cwd())).resolve()
    lines = _Lines(file, _read_text(file))
    try:
        data = tomllib.loads(lines.text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"at line (\d+)", str(exc))
        line = int(found.group(1)) if found else lines.text.rstrip("\n").count("\n") + 1  # "at end of document"
        raise ConfigError(f"{file}:{line}: invalid TOML: {exc}") from None
    section = _section(file, data)
    _unknown_keys(lines, section, TOP_KEYS)
    root = file.parent
    package = section.get("package", "tcapi")
    if not isinstance(package, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", package) or keyword.iskeyword(package):
        raise ConfigError(f"{lines.at('package')}: package must be a lower-case Python identifier, got {package!r}")
    if package in sys.stdlib_module_names or package in ("httpx", "codegen"):
        raise ConfigError(
            f"{lines.at('package')}: package {package!r} would hide the module of that name; choose another name"
        )
    folders = {}
    for key, default in (("output", "generated"), ("specs", "spec")):
        value = section.get(key, default)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(
                f"{lines.at(key)}: {key} must be a folder path in quotes, e.g. {key} = {default!r}, got {value!r}"
            )
        folders[key] = root / value
    entries = section.get("service", [])
    header = "[[tool.codegen.service]]" if file.name == "pyproject.toml" else "[[service]]"
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(
            f"{lines.at('service')}: service must be a list of tables: write each service under its own {header}"
        )
    services: list[ServiceConfig] = []
    for i, entry in enumerate(entries):
        _unknown_keys(lines, entry, SERVICE_KEYS, i)
        name, version, sources = entry.get("name"), entry.get("version"), entry.get("sources")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9]*", name):
            raise ConfigError(f"{lines.at('name', i)}: name must be a service name such as 'live', got {name!r}")
        if not isinstance(version, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", version):
            raise ConfigError(f"{lines.at('version', i)}: version must look like 2018-08-01, got {version!r}")
        if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s for s in sources):
            raise ConfigError(
                f"{lines.at('sources', i)}: sources must be a non-empty list of paths or glob patterns, got {sources!r}"
            )
        formats = _formats(lines.at("formats", i), entry.get("formats", {}))
        same = next((i for i, s in enumerate(services) if (s.name, s.version) == (name, version)), None)
        if same is None:
            services.append(ServiceConfig(name, version, tuple(sources), formats))
        else:  # a service listed twice (e.g. pages added by `codegen fetch`) is one service
            kept = services[same]
            services[same] = ServiceConfig(name, version, kept.sources + tuple(sources), {**kept.formats, **formats})
    if not services:
        raise ConfigError(f"{file}: no services: add a {header} table with name, version and sources")
    return Config(
        root=root,
        package=package,
        output=folders["output"],
        specs=folders["specs"],
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
    for key in table:
        if key not in DISTRIBUTION_KEYS:
            close = difflib.get_close_matches(key, list(DISTRIBUTION_KEYS), n=1, cutoff=0.6)
            hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(DISTRIBUTION_KEYS)}"
            raise ConfigError(f"{where}: unknown key {key!r}; {hint}")
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


def _formats(where: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f'{where}: formats must be a table of file name = format, e.g. {{ "page.txt" = "pagetext" }}')
    for name, fmt in value.items():
        if fmt not in READERS:
            close = difflib.get_close_matches(str(fmt), list(READERS), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(READERS)}"
            raise ConfigError(f"{where}: formats: {name!r} = {fmt!r} is not a format; {hint}")
    return dict(value)


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
