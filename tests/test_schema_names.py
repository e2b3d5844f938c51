"""Names taken from documents always fit the spec schema: the parser's own patterns are the schema's, and a name
that does not fit is left out with a warning rather than failing the whole page."""

from __future__ import annotations

import json
from pathlib import Path

import codegen.parse as parse
from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.spec.io import dump_spec
from codegen.spec.merge import merge_specs
from codegen.spec.model import Field, Structure

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "spec" / "schema.json").read_text("utf-8"))
MARKDOWN = ROOT / "spec" / "sources" / "vod" / "001_4c0c99729c772a06.txt"


def test_the_parsers_name_patterns_are_the_schemas() -> None:
    properties = SCHEMA["properties"]
    assert f"^({parse._SERVICE_NAME.pattern})?$" == properties["service"]["pattern"]
    assert f"^{parse._ACTION_NAME.pattern}$".replace("(?:", "(") == properties["actions"]["propertyNames"]["pattern"]
    assert f"^{parse._STRUCTURE_NAME.pattern}$" == properties["structures"]["propertyNames"]["pattern"]
    assert f"^{parse._FIELD_NAME.pattern}$" == SCHEMA["$defs"]["field"]["properties"]["name"]["pattern"]


def test_a_field_and_a_structure_no_client_could_name_are_left_out_with_warnings() -> None:
    spec = parse_document(read_document("page.md", MARKDOWN.read_text("utf-8")))
    action = spec.actions["LiveRealTimeClip"]
    kept = len(action.input) - 1
    action.input[1].name = "Start Time"
    spec.structures["Bad Name"] = Structure(name="Bad Name", fields=[Field(name="Id", type="String")])
    parse._drop_unnameable(spec, "page.md")
    assert "Start Time" not in [f.name for f in action.input] and len(action.input) == kept
    assert "Bad Name" not in spec.structures
    assert any("left out the field 'Start Time' of LiveRealTimeClip" in w for w in spec.warnings)
    assert any("left out the structure 'Bad Name'" in w for w in spec.warnings)
    dump_spec(merge_specs("vod", "2018-07-17", [spec]))  # the schema accepts what is left
