"""The wheel's contents follow the source tree: every codegen package and every template file is declared."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setuptools() -> dict[str, object]:
    table: dict[str, object] = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    return table


def test_every_codegen_package_is_declared() -> None:
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "codegen").rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    declared = set(_setuptools()["packages"])  # type: ignore[call-overload]
    assert found - declared == set()


def test_every_template_file_is_package_data() -> None:
    patterns = _setuptools()["package-data"]["codegen.templates"]  # type: ignore[index]
    templates = ROOT / "templates"
    files = {
        p.relative_to(templates).as_posix()
        for p in templates.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    }
    covered = {f for f in files if any(Path(f).match(pattern) and f.count("/") == pattern.count("/") for pattern in patterns)}
    assert files - covered == set()
