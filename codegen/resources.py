"""The files the generator carries with it (Jinja2 templates, the clients' runtime, the spec schema) and its version.

Installed from a wheel the templates are the package data `codegen/templates/`; in the repository, and so in an
editable install, they are the top-level `templates/` folder beside the `codegen` package.
"""

from __future__ import annotations

from pathlib import Path

DISTRIBUTION = "tc-codegen"


def _package_folder() -> Path:
    return Path(__file__).resolve().parent


def templates_folder() -> Path:
    """The folder holding the Jinja2 templates and `runtime/`."""
    installed = _package_folder() / "templates"
    return installed if installed.is_dir() else _package_folder().parent / "templates"


def runtime_folder() -> Path:
    """The runtime package every generated client package gets a copy of."""
    return templates_folder() / "runtime"


def schema_path() -> Path:
    """The JSON schema every spec is validated against."""
    return _package_folder() / "spec" / "schema.json"


def generator_version() -> str:
    """The installed tc-codegen version."""
    from importlib import metadata  # slow to import, and only `--version` needs it

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
