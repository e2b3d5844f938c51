"""Validating a spec that replaces one codegen wrote checks the entries that changed, and everything otherwise."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from codegen.config import load_config
from codegen.pipeline import regenerate

MPS_PAGE = Path("spec/sources/mps/003_d2c3499d1e57381c.txt")


def _validated(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    seen: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr("codegen.update.validate", lambda data, where: seen.append((where, data)))
    return seen


def test_a_first_run_validates_every_entry(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _validated(monkeypatch)
    regenerate(load_config(project))
    mps = dict(seen)["spec/mps-2019-06-12.json"]
    written = json.loads((project.parent / "spec" / "mps-2019-06-12.json").read_text("utf-8"))
    assert mps == written


def test_an_edit_validates_the_changed_entries_only(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regenerate(load_config(project))
    page = project.parent / MPS_PAGE
    page.write_text(page.read_text("utf-8").replace("A maximum of 100 requests", "A maximum of 50 requests"), "utf-8")
    seen = _validated(monkeypatch)
    regenerate(load_config(project))
    assert [where for where, _ in seen] == ["spec/mps-2019-06-12.json"]
    data = seen[0][1]
    written = json.loads((project.parent / "spec" / "mps-2019-06-12.json").read_text("utf-8"))
    assert list(data["actions"]) == list(written["actions"])  # the rate limit is the action's
    assert data["actions"]["ProcessLiveStream"]["rate_limit"] == 50
    assert data["structures"] == {} and data["errors"] == {}
    assert {k: v for k, v in data.items() if k not in ("actions", "structures", "errors")} == {
        k: v for k, v in written.items() if k not in ("actions", "structures", "errors")
    }


def test_a_hand_edited_spec_is_not_trusted(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regenerate(load_config(project))
    spec = project.parent / "spec" / "mps-2019-06-12.json"
    spec.write_text(spec.read_text("utf-8").replace('"rate_limit": 100', '"rate_limit": 99'), "utf-8")
    seen = _validated(monkeypatch)
    regenerate(load_config(project))
    written = json.loads(spec.read_text("utf-8"))
    assert dict(seen)["spec/mps-2019-06-12.json"] == written
