"""The generated packages, the runtime templates and the generator pass mypy --strict (part of the test command)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("target", ["generated/tcapi", "codegen", "templates/runtime"])
def test_mypy_strict(target: str) -> None:
    api = pytest.importorskip("mypy.api")
    config = str(ROOT / "pyproject.toml")
    stdout, stderr, status = api.run(["--config-file", config, "--strict", "--cache-dir=/dev/null", str(ROOT / target)])
    assert status == 0, stdout + stderr
