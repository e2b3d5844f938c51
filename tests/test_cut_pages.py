"""Pages cut short give warnings naming file and line, and `codegen lint` reports them.

(Page text cut short is refused by its reader with the file and line, see tests/test_regenerate.py; Markdown and HTML
keep what they have and warn.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.cli import main
from codegen.ingest import read_document
from codegen.lint import lint_partials
from codegen.parse import parse_document

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "tests" / "fixtures" / "html" / "cvm-AllocateHosts-zh.html"

PAGE = """## 1. API Description

Domain name for API request: live.tencentcloudapi.com.

Creates a recording task.

## 2. Input Parameters

| Parameter Name | Required | Type | Description |
|---|---|---|---|
| Action | Yes | String | Common Params. The value used for this API: CreateLiveRecord. |
| Version | Yes | String | Common Params. The value used for this API: 2018-08-01. |
| StreamName | Yes | String | Stream name. |
| AppName | No | String | Push path. |
| DomainName | No | String | Push domain name. |
| Highlight | No | Integer | 0: scheduled recording; 1: real-time recording. |

## 3. Output Parameters

| Parameter Name | Type | Description |
|---|---|---|
| TaskId | Integer | Task ID. |
| RequestId | String | The request ID. |

## 4. Error Code

| Error Code | Description |
|---|---|
| InternalError | Internal error. |
"""


def _upto(text: str, marker: str) -> str:
    return text[: text.index(marker)]


def _line(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def test_the_whole_page_gives_no_cut_warning() -> None:
    spec = parse_document(read_document("page.md", PAGE))
    assert [f.name for f in spec.actions["CreateLiveRecord"].output] == ["TaskId", "RequestId"]
    assert not [w for w in spec.warnings if "CreateLiveRecord:" in w]


def test_a_page_cut_before_its_output_section() -> None:
    text = _upto(PAGE, "## 3. Output Parameters")
    spec = parse_document(read_document("cut.md", text))
    assert spec.actions["CreateLiveRecord"].output == []
    last_row = _line(text, "| Highlight")
    assert (
        f"cut.md:{last_row}: CreateLiveRecord: the page has no output parameters section (it ends at line {last_row})"
        in "\n".join(spec.warnings)
    )


def test_a_page_cut_inside_its_input_table() -> None:
    text = _upto(PAGE, "| DomainName")
    spec = parse_document(read_document("cut.md", text))
    assert [f.name for f in spec.actions["CreateLiveRecord"].input] == ["StreamName", "AppName"]
    assert any(
        w.startswith(f"cut.md:{_line(text, '| AppName')}: CreateLiveRecord: the page ends in its input parameter table")
        for w in spec.warnings
    )


def test_an_output_section_without_rows() -> None:
    text = PAGE.replace("| TaskId | Integer | Task ID. |\n| RequestId | String | The request ID. |\n", "")
    text = text.replace("| Parameter Name | Type | Description |\n|---|---|---|\n", "")
    spec = parse_document(read_document("empty.md", text))
    heading = _line(text, "## 3. Output Parameters")
    assert any(
        w.startswith(f"empty.md:{heading}: CreateLiveRecord: the output parameters section has no")
        for w in spec.warnings
    )


def test_an_html_page_cut_inside_its_input_table() -> None:
    html = HTML.read_text("utf-8")
    text = _upto(html, "<td>HostChargeType</td>")
    spec = parse_document(read_document("cut.html", text))
    names = [f.name for f in spec.actions["AllocateHosts"].input]
    assert "HostChargePrepaid" in names and "HostType" not in names
    assert any("AllocateHosts: the page ends in its input parameter table" in w for w in spec.warnings)
    assert any("AllocateHosts: the page has no output parameters section" in w for w in spec.warnings)


def test_lint_reports_cut_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _upto(PAGE, "## 3. Output Parameters")
    findings = lint_partials([parse_document(read_document("cut.md", text))])
    assert any(f.file == "cut.md" and f.action == "CreateLiveRecord" and "no output" in f.message for f in findings)

    (tmp_path / "spec" / "sources" / "live").mkdir(parents=True)
    (tmp_path / "spec" / "sources" / "live" / "cut.md").write_text(text, "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.codegen]\npackage = "tcapi"\noutput = "generated"\nspecs = "spec"\n\n[[tool.codegen.service]]\n'
        'name = "live"\nversion = "2018-08-01"\nsources = ["spec/sources/live/*"]\n',
        "utf-8",
    )
    assert main(["lint", "--config", str(tmp_path / "pyproject.toml")]) == 1
    out = capsys.readouterr().out
    assert "spec/sources/live/cut.md:" in out and "CreateLiveRecord: the page has no output parameters section" in out
