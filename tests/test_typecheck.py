"""The generated packages and the generator pass mypy --strict (part of the test command, as CI runs it)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("target", ["generated/tcapi"])
def test_mypy_strict(target: str) -> None:
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run(["--strict", "--no-incremental", "--cache-dir=/dev/null", str(ROOT / target)])
    assert status == 0, stdout + stderr
