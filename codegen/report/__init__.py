"""`codegen report`: one self-contained HTML page per service version showing what was read and from where."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from codegen.config import Config, ServiceConfig
from codegen.errors import ConfigError
from codegen.ingest import decode, read_bytes
from codegen.lint import lint_partials
from codegen.build import parse_source, read_source
from codegen.freshness import relative
from codegen.render import environment as render_environment
from codegen.files import write_file_atomic
from codegen.report.sources import SourceIndex
from codegen.report.view import ReportView, SourceFile, report_view
from codegen.spec.merge import merge_specs

TEMPLATE = "report/service.html.jinja"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """HTML templates from the renderer's template loader, with every value HTML-escaped."""
    return jinja2.Environment(
        loader=render_environment().loader,
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def service_view(config: Config, service: ServiceConfig) -> ReportView:
    """Read and parse every source of `service` as `regenerate` does, and collect what the page shows."""
    index = SourceIndex()
    partials = []
    files = []
    for path in config.source_files(service):
        data = read_bytes(path, relative(config, path))
        doc = read_source(config, service, path, data)
        partial = parse_source(service, doc)
        index.add(doc, decode(doc.path, data), partial)
        partials.append(partial)
        files.append(SourceFile(doc.path, doc.format, doc.language, doc.updated))
    spec = merge_specs(service.name, service.version, partials)
    return report_view(spec, files, index, lint_partials(partials))


def _asset(name: str) -> Markup:
    """A stylesheet or script shipped beside the template, inlined verbatim (it is ours, not document text)."""
    env = environment()
    assert env.loader is not None
    text: str = env.loader.get_source(env, name)[0]
    return Markup(text)


def render_report(view: ReportView) -> str:
    """The page as HTML text; everything from the documents is escaped."""
    return (
        environment()
        .get_template(TEMPLATE)
        .render(
            report=view,
            report_actions={a.name for a in view.actions},
            styles=_asset("report/report.css"),
            script=_asset("report/report.js"),
        )
    )


def report_filename(service: ServiceConfig) -> str:
    return f"{service.name}-{service.version}.html"


def write_reports(config: Config, names: list[str], folder: Path) -> list[Path]:
    """Write the page of each configured service version named in `names` (all when empty) into `folder`."""
    chosen = [s for s in config.services if not names or s.name in names or f"{s.name}-{s.version}" in names]
    unknown = sorted(set(names) - {s.name for s in chosen} - {f"{s.name}-{s.version}" for s in chosen})
    if unknown:
        configured = ", ".join(sorted({s.name for s in config.services}))
        raise ConfigError(f"{config.file}: no service {', '.join(unknown)} in the configuration (it has {configured})")
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"{folder}: not a folder; -o names the folder the pages go to")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"{folder}: cannot create the folder: {exc.strerror or exc}") from None
    written = []
    for service in chosen:
        path = folder / report_filename(service)
        write_file_atomic(path, render_report(service_view(config, service)))
        written.append(path)
    return written
