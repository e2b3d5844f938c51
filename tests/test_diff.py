"""The API change report: classification rules, the two real revisions of LiveRealTimeClip, `codegen diff` against
git revisions, and the report `regenerate` prints."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.spec.diff import ApiDiff, diff_specs, format_markdown, format_text
from codegen.spec.io import dump_spec
from codegen.spec.model import Action, Constraints, ErrorCode, Field, Legacy, ServiceSpec, Structure

from tests.conftest import SOURCES

NEWER = SOURCES / "vod" / "000_b15c0570ae44f4dd.txt"  # English page text, last updated 2024-03-27
OLDER = SOURCES / "vod" / "001_4c0c99729c772a06.txt"  # Chinese Markdown, an older revision


def _parse(path: Path) -> ServiceSpec:
    text = path.read_text("utf-8")
    return parse_document(read_document(str(path.relative_to(SOURCES.parents[1])), text))


def _changes(diff: ApiDiff) -> set[tuple[str, str, bool]]:
    return {(c.scope, c.message, c.breaking) for c in diff.changes}


def test_older_to_newer_live_real_time_clip_lists_what_the_pages_differ_in() -> None:
    diff = diff_specs(_parse(OLDER), _parse(NEWER))
    clip = "LiveRealTimeClip"
    # read by hand from the two pages: the English revision adds six optional inputs (ExtInfo is printed as a
    # top-level row), the SegmentSet output and four error codes, and states 0/1 value lists the Chinese one does not;
    # the 250/1000-character limits share their sentence with "valid only if IsPersistence is 1", so no limit is kept
    assert _changes(diff) == {
        (clip, "new optional input ClassId (Integer, default 0)", False),
        (clip, "new optional input SourceContext (String)", False),
        (clip, "new optional input SessionContext (String)", False),
        (clip, "new optional input Host (String)", False),
        (clip, "new optional input StreamInfo (LiveRealTimeClipStreamInfo)", False),
        (clip, "new optional input ExtInfo (String)", False),
        (clip, "new output SegmentSet (array of LiveRealTimeClipMediaSegmentInfo)", False),
        (clip, "input IsPersistence: now limited to the values 0, 1", True),
        (clip, "input MetaDataRequired: now limited to the values 0, 1", True),
        (clip, "lists a new error code FailedOperation", False),
        (clip, "lists a new error code InvalidParameterValue", False),
        (clip, "lists a new error code UnauthorizedOperation", False),
        (clip, "lists a new error code UnsupportedOperation", False),
        ("structure LiveRealTimeClipMediaSegmentInfo", "new structure (not defined in any source)", False),
        ("structure LiveRealTimeClipStreamInfo", "new structure (not defined in any source)", False),
        ("errors", "new error code FailedOperation", False),
        ("errors", "new error code UnauthorizedOperation", False),
        ("errors", "new error code UnsupportedOperation", False),
    }
    # InvalidParameterValue already had a class as the parent of InvalidParameterValue.ClipDuration
    assert len(diff.breaking) == 2


def test_newer_to_older_removes_inputs_an_output_and_error_classes() -> None:
    diff = diff_specs(_parse(NEWER), _parse(OLDER))
    breaking = {c.message for c in diff.breaking}
    assert {
        f"input {n} removed" for n in ("ClassId", "SourceContext", "SessionContext", "Host", "StreamInfo")
    } <= breaking
    assert "output SegmentSet removed" in breaking
    assert "error code UnsupportedOperation removed: its exception class is gone" in breaking
    assert "error code InvalidParameterValue removed: its exception class is gone" not in breaking
    assert ("LiveRealTimeClip", "input IsPersistence: no longer limited to a list of values", False) in _changes(diff)


def _spec(inputs: list[Field], outputs: list[Field] | None = None, **extra: object) -> ServiceSpec:
    action = Action("DoThing", input=inputs, output=outputs or [Field("RequestId", "String")], errors=["A.B"])
    return ServiceSpec("demo", "2020-01-01", actions={"DoThing": action}, **extra)  # type: ignore[arg-type]


def _one(old: ServiceSpec, new: ServiceSpec) -> tuple[str, bool]:
    diff = diff_specs(old, new)
    assert len(diff.changes) == 1, diff.changes
    return diff.changes[0].message, diff.changes[0].breaking


@pytest.mark.parametrize(
    ("before", "after", "message", "breaking"),
    [
        (Field("N", "Integer"), Field("N", "Integer", required=True), "input N: now required", True),
        (Field("N", "Integer", required=True), Field("N", "Integer"), "input N: now optional", False),
        (Field("N", "Integer"), Field("N", "Float"), "input N: type Integer → Float", False),
        (Field("N", "Float"), Field("N", "Integer"), "input N: type Float → Integer", True),
        (Field("N", "String"), Field("N", "Timestamp"), "input N: type String → Timestamp", False),
        (Field("N", "String"), Field("N", "String", array=True), "input N: String → array of String", True),
        (
            Field("N", "Integer", constraints=Constraints(enum=[1, 2, 3])),
            Field("N", "Integer", constraints=Constraints(enum=[1, 2])),
            "input N: values 3 no longer allowed",
            True,
        ),
        (
            Field("N", "Integer", constraints=Constraints(enum=[1, 2])),
            Field("N", "Integer", constraints=Constraints(enum=[1, 2, 3])),
            "input N: new allowed values 3",
            False,
        ),
        (
            Field("N", "Integer", constraints=Constraints(maximum=100)),
            Field("N", "Integer", constraints=Constraints(maximum=50)),
            "input N: maximum 100 → 50",
            True,
        ),
        (
            Field("N", "Integer", constraints=Constraints(minimum=1)),
            Field("N", "Integer", constraints=Constraints(minimum=0)),
            "input N: minimum 1 → 0",
            False,
        ),
        (
            Field("N", "String"),
            Field("N", "String", constraints=Constraints(max_length=64)),
            "input N: new maximum length 64",
            True,
        ),
        (
            Field("N", "String", constraints=Constraints(format="date")),
            Field("N", "String"),
            "input N: format date no longer required",
            False,
        ),
        (
            Field("N", "Integer", constraints=Constraints(default=0)),
            Field("N", "Integer", constraints=Constraints(default=1)),
            "input N: default 0 → 1",
            True,
        ),
    ],
)
def test_input_rules(before: Field, after: Field, message: str, breaking: bool) -> None:
    assert _one(_spec([before]), _spec([after])) == (message, breaking)


@pytest.mark.parametrize(
    ("before", "after", "message", "breaking"),
    [
        (Field("N", "Integer"), Field("N", "Float"), "output N: type Integer → Float", True),
        (Field("N", "Float"), Field("N", "Integer"), "output N: type Float → Integer", False),
        (
            Field("N", "String", constraints=Constraints(enum=["a", "b"])),
            Field("N", "String", constraints=Constraints(enum=["a"])),
            'output N: values "b" no longer allowed',
            False,
        ),
        (Field("N", "String"), Field("N", "String", nullable=True), "output N: may now return null", False),
    ],
)
def test_output_rules(before: Field, after: Field, message: str, breaking: bool) -> None:
    request_id = Field("RequestId", "String")
    assert _one(_spec([], [before, request_id]), _spec([], [after, request_id])) == (message, breaking)


def test_parameters_added_and_removed() -> None:
    base = _spec([Field("A", "String")])
    assert _one(base, _spec([Field("A", "String"), Field("B", "Integer", required=True)])) == (
        "new required input B (Integer)",
        True,
    )
    assert _one(base, _spec([Field("A", "String"), Field("B", "Integer")])) == ("new optional input B (Integer)", False)
    assert _one(base, _spec([])) == ("input A removed", True)
    assert _one(_spec([]), _spec([], [Field("RequestId", "String"), Field("C", "String", array=True)])) == (
        "new output C (array of String)",
        False,
    )


def test_actions_added_removed_and_made_legacy() -> None:
    one = _spec([])
    two = _spec([])
    two.actions["Other"] = Action("Other")
    assert _one(one, two) == ("new action", False)
    assert _one(two, one) == ("action removed: its method is gone", True)
    legacy = _spec([])
    legacy.actions["DoThing"].legacy = Legacy("DoNewThing", "offline")
    assert _one(one, legacy) == ("now an offline interface: the method raises LegacyActionError, use DoNewThing", True)
    assert _one(legacy, one) == ("no longer a legacy interface: the method calls the API", False)


def test_error_codes_classes_and_action_listings() -> None:
    one = _spec([], errors={"A.B": ErrorCode("A.B")})
    two = _spec([], errors={"A.B": ErrorCode("A.B")})
    two.actions["DoThing"].errors = []
    assert _one(one, two) == ("no longer lists error code A.B", False)  # the class stays: the service table names it
    three = _spec([])
    three.actions["DoThing"].errors = ["A"]
    assert {(c.message, c.breaking) for c in diff_specs(one, three).changes} == {
        ("no longer lists error code A.B", False),
        ("lists a new error code A", False),
        ("error code A.B removed: its exception class is gone", True),
    }


def test_structure_fields_follow_how_the_structure_is_used() -> None:
    def spec(fields: list[Field], role: str, defined: bool = True) -> ServiceSpec:
        use = [Field("Thing", "Thing")]
        structure = Structure("Thing", fields=fields, defined=defined)
        if role == "input":
            return _spec(use, structures={"Thing": structure})
        return _spec([], [Field("RequestId", "String"), *use], structures={"Thing": structure})

    required = [Field("A", "String"), Field("B", "String", required=True)]
    assert _one(spec([Field("A", "String")], "input"), spec(required, "input")) == (
        "new required field B (String)",
        True,
    )
    assert _one(spec([Field("A", "String")], "output"), spec(required, "output")) == ("new field B (String)", False)
    assert _one(spec([], "output", defined=False), spec([], "output")) == (
        "now defined: response values become objects instead of dicts",
        True,
    )
    assert _one(spec([], "input", defined=False), spec([], "input")) == (
        "now defined: requests may pass the class or a dict",
        False,
    )


def test_markdown_escapes_document_text() -> None:
    old = _spec([Field("N", "String", constraints=Constraints(enum=["a|b", "c"]))])
    new = _spec([Field("N", "String", constraints=Constraints(enum=["c"]))])
    markdown = format_markdown([diff_specs(old, new)])
    assert '| DoThing | input N: values "a\\|b" no longer allowed |' in markdown
    assert markdown.startswith("### API changes in demo 2020-01-01: 1 breaking, 0 compatible")
    assert format_markdown([]) == "No API changes.\n"


CONFIG = """\
[tool.codegen]
package = "tcapi"

[[tool.codegen.service]]
name = "vod"
version = "2018-07-17"
sources = ["spec/sources/vod/*"]
"""


def _git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=root, check=True, capture_output=True
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose first commit has the older page's spec and whose second has the newer page's."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "pyproject.toml").write_text(CONFIG, "utf-8")
    (tmp_path / "spec").mkdir()
    _git(tmp_path, "init", "-q")
    target = tmp_path / "spec" / "vod-2018-07-17.json"
    for page, message in ((OLDER, "older page"), (NEWER, "newer page")):
        target.write_text(dump_spec(_parse(page)), "utf-8")
        _git(tmp_path, "add", "-A")
        _git(tmp_path, "commit", "-q", "-m", message)
    return tmp_path


def test_codegen_diff_between_two_commits(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(repo / "pyproject.toml")
    assert main(["diff", "HEAD~1", "--config", config]) == 0
    out = capsys.readouterr().out
    assert out.startswith("API changes in vod 2018-07-17: 2 breaking, 16 compatible\n")
    assert "  breaking    LiveRealTimeClip: input IsPersistence: now limited to the values 0, 1\n" in out
    assert "  compatible  LiveRealTimeClip: new output SegmentSet (array of LiveRealTimeClipMediaSegmentInfo)\n" in out

    assert main(["diff", "HEAD~1", "--fail-on", "breaking", "--config", config]) == 1
    capsys.readouterr()
    assert main(["diff", "HEAD", "--fail-on", "breaking", "--config", config]) == 0
    assert capsys.readouterr().out == "no API changes since HEAD\n"

    assert main(["diff", "HEAD~1", "--format", "markdown", "--config", config]) == 0
    markdown = capsys.readouterr().out
    assert "| LiveRealTimeClip | new optional input ClassId (Integer, default 0) |" in markdown
    assert "**Breaking**" in markdown and "**Compatible**" in markdown


def test_codegen_diff_sees_the_working_tree_and_bad_revisions(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(repo / "pyproject.toml")
    target = repo / "spec" / "vod-2018-07-17.json"
    target.write_text(dump_spec(_parse(OLDER)), "utf-8")  # uncommitted: back to the older page
    assert main(["diff", "--fail-on", "breaking", "--config", config]) == 1
    assert "  breaking    LiveRealTimeClip: output SegmentSet removed\n" in capsys.readouterr().out
    target.unlink()
    assert main(["diff", "--config", config]) == 0
    assert "  breaking    service: service version removed: its package is gone\n" in capsys.readouterr().out
    assert main(["diff", "no-such-rev", "--config", config]) == 2
    assert capsys.readouterr().err.startswith("codegen: error: 'no-such-rev' is not a commit")


def test_regenerate_and_check_print_the_api_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec" / "sources" / "vod").mkdir(parents=True)
    shutil.copy(OLDER, tmp_path / "spec" / "sources" / "vod" / OLDER.name)
    (tmp_path / "pyproject.toml").write_text(CONFIG, "utf-8")
    config = str(tmp_path / "pyproject.toml")
    assert main(["regenerate", "--config", config]) == 0
    assert "API changes in vod 2018-07-17: 0 breaking, 1 compatible" in capsys.readouterr().out

    shutil.copy(NEWER, tmp_path / "spec" / "sources" / "vod" / NEWER.name)
    assert main(["regenerate", "--check", "--config", config]) == 1
    checked = capsys.readouterr().out
    assert "  breaking    LiveRealTimeClip: input IsPersistence: now limited to the values 0, 1\n" in checked
    assert "  compatible  LiveRealTimeClip: new optional input ClassId (Integer, default 0)\n" in checked
    assert main(["regenerate", "--config", config]) == 0
    assert format_text([]) == ""
    written = capsys.readouterr().out
    assert "  breaking    LiveRealTimeClip: input MetaDataRequired: now limited to the values 0, 1\n" in written
    assert main(["regenerate", "--check", "--config", config]) == 0
    assert "API changes" not in capsys.readouterr().out
