"""A spec that breaks its schema is reported at the source line of the item that breaks it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.spec.io import validate

LIVE = Path(__file__).resolve().parents[1] / "spec" / "live-2018-08-01.json"


@pytest.fixture()
def live() -> dict:
    return json.loads(LIVE.read_text("utf-8"))


def test_a_bad_field_is_reported_at_its_actions_source(live: dict) -> None:
    action = live["actions"]["AddCasterInputInfo"]
    action["input"][0]["type"] = 5
    line = action["source"]["line"]
    with pytest.raises(CodegenError) as caught:
        validate(live, "live-2018-08-01")
    assert str(caught.value).startswith(f"spec/sources/live/004_79250585f497093e.txt:{line}: live-2018-08-01: ")
    assert "actions/AddCasterInputInfo/input/0/type" in str(caught.value)


def test_a_bad_structure_name_is_reported_at_the_structures_source(live: dict) -> None:
    name, structure = next(iter(live["structures"].items()))
    live["structures"]["Bad.Name"] = structure
    with pytest.raises(CodegenError) as caught:
        validate(live, "live-2018-08-01")
    assert str(caught.value).startswith(f"{structure['source']['file']}:{structure['source']['line']}: ")
    assert "'Bad.Name'" in str(caught.value)


def test_an_error_outside_any_item_names_the_spec_alone(live: dict) -> None:
    live["version"] = 20180801
    with pytest.raises(CodegenError) as caught:
        validate(live, "live-2018-08-01")
    assert str(caught.value).startswith("live-2018-08-01: spec does not match spec/schema.json at version")
