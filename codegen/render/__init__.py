"""Renderer: a spec → Python source files (path relative to the output folder → text), through Jinja2 templates."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2

from codegen.config import Distribution
from codegen.render.format import CHUNK, DOC_CLOSE, DOC_OPEN
from codegen.render.layout import Group, Item, assignment, call, code, collection, import_from, pystr
from codegen.render.literals import literal, pyrepr
from codegen.render.naming import class_name, version_package
from codegen.render.cache import TEMPLATE_CODE, Context, RenderCache
from codegen.render.testcases import action_cases, reachable_structures
from codegen.render.views import ActionView, FieldView, ModelView, ServiceHeader, service_view
from codegen.resources import runtime_folder, templates_folder
from codegen.spec.jsonwrite import dumps_indented
from codegen.spec.model import ServiceSpec

# str.splitlines breaks at some of these, and black expands tabs: none is kept in a docstring
_UNPRINTABLE = re.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f\\x85\\u2028\\u2029]")
TEMPLATES = templates_folder()
RUNTIME = runtime_folder()


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's string escapes are valid TOML)."""
    return json.dumps(text, ensure_ascii=False)


def docstring(text: str, indent: int = 0) -> str:
    """Document text as a triple-quoted docstring that no text can break out of, laid out as black leaves it
    (lines stripped, the common indentation of the lines after the first removed), between the DOC_OPEN and
    DOC_CLOSE marks that format.py takes out."""
    text = (text or "").replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = _UNPRINTABLE.sub(" ", text).strip()
    lines = [line.rstrip() for line in text.split("\n")]
    if text.startswith('"'):
        lines[0] = " " + lines[0]
    if len(lines) == 1:
        closing = " " if text.endswith('"') else ""  # the closing quotes follow on the same line
        return f'{DOC_OPEN}"""{lines[0]}{closing}"""{DOC_CLOSE}'
    rest = lines[1:]
    common = min((len(line) - len(line.lstrip()) for line in rest if line), default=0)
    pad = " " * indent
    body = "\n".join(f"{pad}{line[common:]}" if line else "" for line in rest)
    return f'{DOC_OPEN}"""{lines[0]}\n{body}\n{pad}"""{DOC_CLOSE}'


def field_doc(description: str, example: str | None) -> str:
    """A field's docstring: the document's description, then its example value."""
    parts = [description.strip()] if description.strip() else []
    if example:
        parts.append(f"Example: {example}")
    return "\n".join(parts)


def comment(text: str) -> str:
    return " ".join(text.split())


def method_doc(action: ActionView) -> str:
    """A method's docstring: the action's description, rate limit, every parameter's whole description (wrapped),
    and the documented error codes."""
    parts = [action.description or f"Call {action.name}."]
    if action.deprecated:
        instead = f"use {action.replacement}" if action.replacement else "the documents name no replacement"
        parts.append(f"Deprecated: {action.legacy_note}; {instead}.")
    if action.rate_limit:
        parts.append(f"Documented rate limit: {action.rate_limit} requests per second.")
    lines = ["Args:"]
    for f in action.request.fields:
        paragraphs = [line.strip() for line in f.description.split("\n") if line.strip()] or [""]
        for i, text in enumerate(paragraphs):
            head = f"{f.attr}: {text}".rstrip() if i == 0 else text
            indent = "    " if i == 0 else "        "
            wrapped = textwrap.wrap(head, width=100, initial_indent=indent, subsequent_indent="        ")
            lines.extend(wrapped)
    lines.append("    extra: wire fields sent as they are, beside the documented ones.")
    lines.append("    options: per-call settings (timeout, retry, headers, validate).")
    parts.append("\n".join(lines))
    if action.errors:
        codes = textwrap.fill(
            ", ".join(action.errors) + ".", width=100, initial_indent="    ", subsequent_indent="    "
        )
        parts.append("Raises:\n    APIError subclasses of errors.py for the documented codes:\n" + codes)
    return "\n\n".join(parts)


def field_table(model: ModelView, *, request: bool, structure: bool) -> Group:
    """The `_fields` tuple of a model class: a `Field(...)` per field (the wire name, attribute, table type and
    the stated constraints)."""
    entries: list[Item] = []
    for f in model.fields:
        options: list[Item] = ["array=True"] if f.array else []
        if f.required and (request or structure):
            options.append("required=True")
        options.extend(literal(value, f"{key}=") for key, value in f.constraints.items())
        entries.append(call("Field(", [pystr(f.wire), pystr(f.attr), pystr(f.table_type), *options]))
    return collection("_fields: ClassVar[tuple[Field, ...]] = (", entries, ")", magic=len(entries) > 1)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=TEMPLATE_CODE,
    )
    env.filters.update(
        keyword=lambda name: f"{name}={name}",
        repr=repr,
        pyrepr=pyrepr,
        docstring=docstring,
        comment=comment,
        method_doc=method_doc,
        field_doc=field_doc,
        toml_string=toml_string,
    )
    env.globals.update(
        CHUNK=CHUNK,
        assignment=assignment,
        field_table=field_table,
        code=code,
        import_from=import_from,
        call=call,
        collection=collection,
        literal=literal,
        pystr=pystr,
    )
    return env


def _render(template: str, **context: Any) -> str:
    return environment().get_template(template).render(**context)


def render_runtime(package: str) -> dict[str, str]:
    """The shared runtime package, copied from templates/runtime."""
    files = {f"{package}/runtime/{path.name}": path.read_text("utf-8") for path in sorted(RUNTIME.glob("*.py"))}
    files[f"{package}/py.typed"] = ""
    return files


def render_distribution(
    package: str, distribution: Distribution, services: list[tuple[str, str]], output: str
) -> dict[str, str]:
    """What makes the output folder an installable distribution: pyproject.toml, README.md and the top-level
    package's __init__ (which holds the version the runtime reports), all from the configuration; `services`
    names each (service, version) packaged."""
    packaged = [
        PackagedService(
            name=service,
            version=version,
            module=f"{package}.{service}.{version_package(version)}",
            client=f"{class_name(service)}Client",
        )
        for service, version in services
    ]
    context = {"package": package, "distribution": distribution, "services": packaged, "output": output}
    return {
        "pyproject.toml": _render("generated_pyproject.toml.jinja", **context),
        "README.md": _render("generated_readme.md.jinja", **context),
        f"{package}/__init__.py": _render("package_init.py.jinja", **context),
    }


@dataclass(frozen=True)
class PackagedService:
    name: str
    version: str
    module: str
    client: str


def render_service(
    spec: ServiceSpec, package: str, cache: RenderCache | None = None, workers: int = 1
) -> dict[str, str]:
    """Every file of one service version's package, by path relative to the output folder. With `cache`, pieces
    rendered before from the same view data are taken from it (see codegen/render/cache.py); the others are
    rendered in `workers` processes when there are many."""
    session = (cache or RenderCache(None)).session(spec, package, _render_piece)
    stored = session.stored_files()
    if stored is not None:
        return stored
    view = service_view(spec, package)
    header = view.header
    base = f"{package}/{header.service_package}/{version_package(spec.version)}"
    piece = session.piece
    files: dict[str, str] = {
        f"{package}/{header.service_package}/__init__.py": piece(
            f"{package}/{header.service_package}/__init__.py", "service_package", {"service": spec.service}
        ),
        f"{base}/tests/__init__.py": "",
    }
    service_files: list[tuple[str, str, Context]] = [
        ("__init__.py", "service_init.py.jinja", {"service": header, "regions": tuple(view.regions)}),
        ("errors.py", "errors.py.jinja", {"service": header, "errors": view.errors}),
        (
            "_settings.py",
            "client_settings.py.jinja",
            {"service": header, "regions": view.regions, "rate_limits": view.rate_limits, "read_only": view.read_only},
        ),
    ]
    live = [a for a in view.actions if a.callable]
    models = sorted((a.module, c) for a in live for c in (a.request.class_name, a.response.class_name))
    structure_classes = sorted((s.module, s.model.class_name) for s in view.structures)
    for folder, title, entries in (
        ("models", "Request and response models", models),
        ("structures", "Data structures", structure_classes),
    ):
        index: Context = {"title": f"{title} of {spec.service} {spec.version}", "entries": entries}
        service_files.append((f"{folder}/__init__.py", "index.py.jinja", index))
    for path, template, context in service_files:
        files[f"{base}/{path}"] = piece(f"{base}/{path}", template, context)
    for mode, path in (("sync", f"{base}/client.py"), ("async", f"{base}/async_client.py")):
        head = piece(path, "client.py.jinja", {"service": header, "mode": mode})
        methods = (piece(f"{path}#{a.name}", "client_method.py.jinja", {"a": a, "mode": mode}) for a in view.actions)
        files[path] = head + "".join(f"{CHUNK}\n{method}" for method in methods)
    members = {s.model.class_name: s.model.fields for s in view.structures}
    region = view.regions[0] if view.regions else "ap-guangzhou"
    for action in live:
        structures = reachable_structures(action, members)
        path = f"{base}/models/{action.module}.py"
        files[path] = piece(path, "action_models.py.jinja", {"service": header, "action": action})
        path = f"{base}/tests/{action.module}.json"
        files[path] = piece(path, "test_data", {"action": action, "structures": structures})
        path = f"{base}/tests/test_{action.module}.py"
        context = {"service": header, "action": action, "structures": structures, "region": region}
        files[path] = piece(path, "test_module", context)
    for structure in view.structures:
        path = f"{base}/structures/{structure.module}.py"
        files[path] = piece(path, "structure.py.jinja", {"service": header, "structure": structure})
    files = session.resolve(files, workers)
    session.finish(files)
    return files


def _service_package(service: str) -> str:
    return docstring(f"Tencent Cloud {service} API clients, one package per version.") + "\n"


def _test_module(
    service: ServiceHeader, action: ActionView, structures: dict[str, list[FieldView]], region: str
) -> str:
    cases = action_cases(action, structures)
    return _render(
        "test_action.py.jinja",
        service=service,
        action=action,
        cases=cases.examples,
        minimal_call=cases.minimal_call,
        required=cases.required,
        region=region,
    )


def _test_data(action: ActionView, structures: dict[str, list[FieldView]]) -> str:
    cases = action_cases(action, structures)
    data = {
        "examples": [
            {"title": e.title, "request": e.request, "sent": e.sent, "response": e.response, "rejected": e.rejected}
            | ({"skip": e.skip} if e.skip else {})
            for e in cases.examples
        ],
        "minimal": cases.minimal,
    }
    return dumps_indented(data, indent=1) + "\n"


_FUNCTIONS: dict[str, Callable[..., str]] = {
    "service_package": _service_package,
    "test_module": _test_module,
    "test_data": _test_data,
}


def _render_piece(renderer: str, context: Context) -> str:
    """One piece of a service's output: a template or a function of this module, given `context` only."""
    if renderer.endswith(".jinja"):
        return _render(renderer, **context)
    return _FUNCTIONS[renderer](**context)
