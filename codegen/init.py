"""Start a project from doc pages (`codegen init`), or add pages of new services to one (`codegen fetch`).

Each page says which service and API version it documents (its request domain and its Version parameter); the
configuration lists the pages under that service. Pages given as URLs are downloaded first, into a staging folder
under the cache, and moved into `<specs>/sources/<service>/` only once the page is known to name its service, so a
failure leaves nothing behind.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from codegen.config import CACHE_FOLDER, Config, load_config, repr_toml
from codegen.errors import ConfigError, SourceError
from codegen.fetch import FetchedPage, fetch_pages
from codegen.publish import WORK_NAME
from codegen.resources import generator_version

WORKFLOW = Path(".github") / "workflows" / "codegen.yml"
_IGNORED_CACHE = {
    f"{lead}{path}{tail}" for lead in ("", "/") for path in (".cache", CACHE_FOLDER) for tail in ("", "/")
}


@dataclass(frozen=True)
class Page:
    """A source document and the service version it documents."""

    path: Path
    service: str
    version: str


@dataclass(frozen=True)
class ServiceSources:
    """Sources listed in the configuration for one service version, as paths relative to the project root."""

    name: str
    version: str
    sources: list[str]


@dataclass(frozen=True)
class Created:
    """What `codegen init` wrote: the configuration file, and whether it added to .gitignore and the CI workflow."""

    config: Path
    services: list[ServiceSources]
    gitignore: Path | None
    workflow: Path | None


def is_url(text: str) -> bool:
    return urlsplit(text).scheme in ("http", "https")


def identify(
    paths: list[Path],
    service: str | None = None,
    version: str | None = None,
    configured: dict[str, str] | None = None,
    names: list[str] | None = None,
) -> list[Page]:
    """Which service and version each page documents. `service` and `version` (the command's options) supply what a
    page does not state, and must agree with what it does; `configured` (service → version) supplies the version of
    a service the project already has; `names` are what messages call the pages (a downloaded page's URL), by
    default their paths. A page whose service or version stays unknown is a SourceError."""
    from codegen.ingest import decode, read_bytes, read_document
    from codegen.parse import parse_document

    pages = []
    for path, name in zip(paths, names or [str(p) for p in paths]):
        spec = parse_document(read_document(name, decode(name, read_bytes(path, name))))
        stated_service, stated_version = spec.service, spec.version
        if service and stated_service and stated_service != service:
            raise SourceError(name, 1, f"the page documents service {stated_service!r}, not {service!r}")
        if version and stated_version and stated_version != version:
            raise SourceError(name, 1, f"the page documents version {stated_version}, not {version}")
        chosen_service = service or stated_service
        chosen_version = version or stated_version or (configured or {}).get(chosen_service, "")
        if not chosen_service:
            raise SourceError(
                name, 1, "the page does not name its service (no *.tencentcloudapi.com domain); pass --service"
            )
        if not chosen_version:
            raise SourceError(name, 1, "the page does not state its API version (no Version parameter); pass --version")
        pages.append(Page(path, chosen_service, chosen_version))
    return pages


@contextmanager
def staged_downloads(urls: list[str], cache: Path, rate: float) -> Iterator[list[FetchedPage]]:
    """Download the URLs into a staging folder under `cache`, removed with whatever is left in it on exit."""
    if not urls:
        yield []
        return
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="fetch-", dir=cache))
    try:
        yield fetch_pages(urls, staging, rate=rate)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def place_downloads(pages: list[Page], into: Path | None, specs: Path) -> list[Page]:
    """Move downloaded pages (and their .meta.json) from the staging folder to `into`, by default
    `<specs>/sources/<service>/`."""
    placed = []
    for page in pages:
        folder = into or specs / "sources" / page.service
        folder.mkdir(parents=True, exist_ok=True)
        meta = page.path.with_name(page.path.name[: -len(".html")] + ".meta.json")
        os.replace(meta, folder / meta.name)
        os.replace(page.path, folder / page.path.name)
        placed.append(Page(folder / page.path.name, page.service, page.version))
    return placed


def group_by_service(pages: list[Page], root: Path) -> list[ServiceSources]:
    """The pages by service version, in the order the services first appear, as paths relative to `root`."""
    groups: dict[tuple[str, str], list[str]] = {}
    for page in pages:
        path = page.path.resolve()
        relative = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        listed = groups.setdefault((page.service, page.version), [])
        if relative not in listed:
            listed.append(relative)
    return [ServiceSources(service, version, paths) for (service, version), paths in groups.items()]


def init_project(
    root: Path,
    arguments: list[str],
    *,
    package: str = "tcapi",
    service: str | None = None,
    version: str | None = None,
    ci: bool = True,
    rate: float = 1.0,
) -> Created:
    """Write a configuration for the pages (files or URLs) in `root`: [tool.codegen] appended to pyproject.toml when
    there is one, else a new codegen.toml; add the cache folder to .gitignore and, with `ci`, write a GitHub Actions
    workflow running `codegen regenerate --check`. Refuses, before writing or downloading anything, when the project
    is already configured or the workflow file exists."""
    root = root.resolve()
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", package):
        raise ConfigError(f"--package must be a lower-case Python identifier, got {package!r}")
    pyproject, codegen_toml, workflow = root / "pyproject.toml", root / "codegen.toml", root / WORKFLOW
    if codegen_toml.exists():
        raise ConfigError(f"{codegen_toml} exists: the project is already configured (add pages with `codegen fetch`)")
    if pyproject.is_file() and _has_codegen_section(pyproject):
        raise ConfigError(f"{pyproject} already has [tool.codegen] (add pages with `codegen fetch`)")
    if ci and workflow.exists():
        raise ConfigError(f"{workflow} exists; codegen init does not overwrite it (pass --no-ci to skip the CI step)")
    files = [Path(a) if Path(a).is_absolute() else root / a for a in arguments if not is_url(a)]
    for path in files:
        if not path.is_file():
            raise ConfigError(f"{path}: no such file")
    local = identify(files, service, version)
    with staged_downloads([a for a in arguments if is_url(a)], root / CACHE_FOLDER, rate) as downloaded:
        pages = identify([d.path for d in downloaded], service, version, names=[d.url for d in downloaded])
        fetched = place_downloads(pages, None, root / "spec")
    services = group_by_service(local + fetched, root)
    in_pyproject = pyproject.is_file()
    config = pyproject if in_pyproject else codegen_toml
    text = config_text(package, services, in_pyproject)
    if in_pyproject:
        existing = pyproject.read_text("utf-8")
        text = ("" if existing.endswith("\n") or not existing else "\n") + "\n" + text
    with open(config, "a", encoding="utf-8") as handle:
        handle.write(text)
    load_config(config)
    return Created(config, services, _ignore_cache(root / ".gitignore"), _write_workflow(workflow) if ci else None)


def config_text(package: str, services: list[ServiceSources], in_pyproject: bool) -> str:
    table = "tool.codegen." if in_pyproject else ""
    header = "[tool.codegen]\n" if in_pyproject else ""
    lines = [
        f"{header}package = {repr_toml(package)}      # the generated code's top-level package",
        'output = "generated"   # where the client packages go (codegen owns this folder)',
        'specs = "spec"         # where the JSON specs go',
        "",
        f"[{table}distribution]   # the generated package, when installed",
        f"name = {repr_toml(package + '-clients')}",
        'version = "0.1.0"',
    ]
    for service in services:
        lines += [
            "",
            f"[[{table}service]]",
            f"name = {repr_toml(service.name)}",
            f"version = {repr_toml(service.version)}",
            f"sources = [{', '.join(map(repr_toml, service.sources))}]",
        ]
    return "\n".join(lines) + "\n"


def add_pages(config: Config, pages: list[Page]) -> list[ServiceSources]:
    """List the pages in the configuration under the service version each documents (a new service gets a new entry).
    Returns what was added, per service version."""
    from codegen.config import add_sources

    added = []
    for group in group_by_service(pages, config.root):
        paths = [p.path for p in pages if (p.service, p.version) == (group.name, group.version)]
        new = add_sources(config, group.name, group.version, paths)
        if new:
            added.append(ServiceSources(group.name, group.version, new))
            config = load_config(config.file)
    return added


def _has_codegen_section(pyproject: Path) -> bool:
    import tomllib

    try:
        return "codegen" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{pyproject}: invalid TOML: {exc}") from None


def _ignore_cache(gitignore: Path) -> Path | None:
    """Add codegen's cache folder and its publishing work folder (present only while a run publishes, or after one
    was killed) to .gitignore, unless they are ignored already."""
    text = gitignore.read_text("utf-8") if gitignore.exists() else ""
    present = {line.strip() for line in text.splitlines()}
    missing = []
    if not present & _IGNORED_CACHE:
        missing.append(f"/{CACHE_FOLDER}/")
    if not present & {WORK_NAME, f"{WORK_NAME}/", f"/{WORK_NAME}", f"/{WORK_NAME}/"}:
        missing.append(f"/{WORK_NAME}/")
    if not missing:
        return None
    prefix = "\n" if text and not text.endswith("\n") else ""
    with open(gitignore, "a", encoding="utf-8") as handle:
        handle.write(f"{prefix}# codegen's caches and work folder (safe to delete)\n" + "\n".join(missing) + "\n")
    return gitignore


def _write_workflow(workflow: Path) -> Path:
    workflow.parent.mkdir(parents=True, exist_ok=True)
    with open(workflow, "x", encoding="utf-8") as handle:
        handle.write(WORKFLOW_TEXT.format(version=generator_version()))
    return workflow


WORKFLOW_TEXT = """\
# Written by `codegen init`: fails when spec/ or the generated clients differ from what the sources give.
name: codegen
on: [push, pull_request]
jobs:
  generated-code-is-current:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: python -m pip install "tc-codegen=={version}"
      - run: codegen regenerate --check
"""
