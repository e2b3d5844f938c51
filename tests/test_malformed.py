"""Malformed documents (issue 14): each cause that once gave a traceback or a hang now gives a spec with a note or
warning, or one clean `codegen: error: FILE:LINE: ...` line with exit 2. Each case runs through the CLI's entry point
in-process and once through the real CLI in a subprocess, whose timeout only catches a real hang."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main
from codegen.parse.examples import parse_request

ROOT = Path(__file__).resolve().parents[1]
MARKDOWN = ROOT / "spec" / "sources" / "vod" / "001_4c0c99729c772a06.txt"  # LiveRealTimeClip, Chinese Markdown
HTML = ROOT / "tests" / "fixtures" / "html" / "001_4c0c99729c772a06.html"  # the same page rendered to HTML
PARAMETERS = ["StreamId", "StartTime", "EndTime", "IsPersistence", "ExpireTime", "Procedure", "MetaDataRequired"]
RESPONSE = '{\n  "Response": {\n    "Url": "http://video.com/playlist.m3u8",'
HANG = 60  # seconds; every case here takes a few seconds at most


def cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in a fresh process: `codegen parse PATH -o PATH.json`."""
    return subprocess.run(
        [sys.executable, "-m", "codegen", "parse", str(path), "-o", f"{path}.json", *args],
        capture_output=True,
        text=True,
        timeout=HANG,
        cwd=ROOT,
    )


def parse_both_ways(path: Path) -> dict[str, Any]:
    """The spec of a document that must parse: in-process through `main`, then the real CLI gives the same file."""
    assert main(["parse", str(path), "-o", f"{path}.json"]) == 0
    in_process = Path(f"{path}.json").read_text("utf-8")
    done = cli(path)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert Path(f"{path}.json").read_text("utf-8") == in_process
    spec: dict[str, Any] = json.loads(in_process)
    return spec


def fails_cleanly(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The one error line of a document that cannot be read, the same in-process and from the real CLI."""
    assert main(["parse", str(path)]) == 2
    message = capsys.readouterr().err
    done = cli(path)
    assert done.returncode == 2 and done.stderr == message
    assert re.fullmatch(rf"codegen: error: {re.escape(str(path))}:\d+: [^\n]+\n", message), message
    return message


def inputs(spec: dict[str, Any]) -> list[str]:
    return [f["name"] for f in spec["actions"]["LiveRealTimeClip"]["input"]]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize("tag", ["script", "style"])
@pytest.mark.parametrize("control", ["\x0c", "\x1b", "\x01", "\x0b"])
def test_control_character_after_script_or_style_is_read_as_a_space(tmp_path: Path, tag: str, control: str) -> None:
    page = HTML.read_text("utf-8").replace("</body>", f"<{tag}>x{{}}</{tag}>{control}tail</body>", 1)
    assert page != HTML.read_text("utf-8")
    spec = parse_both_ways(write(tmp_path, "page.html", page))
    assert inputs(spec)[: len(PARAMETERS)] == PARAMETERS


@pytest.mark.parametrize("block", ["<!DOCTYPE html>", "<html>", '<!doctype html>\n<html lang="zh">\n<head>'])
def test_markdown_with_a_stray_html_document_tag_parses(tmp_path: Path, block: str) -> None:
    page = MARKDOWN.read_text("utf-8") + f"\n\n{block}\n\n"
    spec = parse_both_ways(write(tmp_path, "page.md", page))
    assert inputs(spec)[: len(PARAMETERS)] == PARAMETERS


def test_a_markdown_page_that_is_only_a_doctype_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    message = fails_cleanly(write(tmp_path, "page.md", "# Title\n\n<!DOCTYPE html>\n"), capsys)
    assert "no API content found" in message


def _with_response(body: str) -> str:
    page = MARKDOWN.read_text("utf-8")
    assert RESPONSE in page
    start = page.index(RESPONSE)
    end = page.index("```", start)
    return page[:start] + body + "\n" + page[end:]


def _first_example(spec: dict[str, Any]) -> dict[str, Any]:
    example: dict[str, Any] = spec["actions"]["LiveRealTimeClip"]["examples"][0]
    return example


def test_example_json_nested_a_thousand_levels_is_kept_as_text(tmp_path: Path) -> None:
    deep = '{"Response": ' + '{"a": ' * 1000 + "1" + "}" * 1001
    spec = parse_both_ways(write(tmp_path, "page.md", _with_response(deep)))
    example = _first_example(spec)
    assert example["response"] is None
    assert example["response_text"] == deep
    assert any("nested more than 100 levels" in p for p in example["problems"])


def test_example_json_nested_within_the_limit_is_parsed(tmp_path: Path) -> None:
    nested = '{"Response": ' + '{"a": ' * 90 + "1" + "}" * 91
    spec = parse_both_ways(write(tmp_path, "page.md", _with_response(nested)))
    value = _first_example(spec)["response"]["Response"]
    for _ in range(90):
        value = value["a"]
    assert value == 1


def test_lone_surrogate_escape_becomes_a_replacement_character(tmp_path: Path) -> None:
    body = '{\n  "Response": {\n    "Url": "a\\ud800b",\n    "RequestId": "\\udfff"\n  }\n}'
    path = write(tmp_path, "page.md", _with_response(body))
    spec = parse_both_ways(path)
    example = _first_example(spec)
    assert example["response"] == {"Response": {"Url": "a\ufffdb", "RequestId": "\ufffd"}}
    assert any("lone surrogate" in p for p in example["problems"])
    Path(f"{path}.json").read_bytes().decode("utf-8")  # valid UTF-8 on disk


@pytest.mark.parametrize("value", ["NaN", "-Infinity", "1e999", "1" * 5000])
def test_example_numbers_json_cannot_hold_make_the_example_invalid(tmp_path: Path, value: str) -> None:
    body = '{\n  "Response": {\n    "Size": ' + value + "\n  }\n}"
    path = write(tmp_path, "page.md", _with_response(body))
    example = _first_example(parse_both_ways(path))
    assert example["response"] is None
    assert any("not valid" in p for p in example["problems"])
    assert "NaN" not in Path(f"{path}.json").read_text("utf-8").replace(value, "")


@pytest.mark.parametrize(
    ("query", "kept", "reason"),
    [
        ("&F.0=1&F.x=2", {"F": ["1"]}, "F is already a list"),
        ("&F=1&F.y=2", {"F": "1"}, "F is already a value"),
        ("&F.1=1&F.1.x=2", {"F": [[], "1"]}, "F.1 is already a value"),
        ("&F.99999999=1", {"F": []}, "index 99999999 is above 1000"),
        ("&" + ".".join(["a"] * 2000) + "=1", {}, "nested more than 100 levels"),
    ],
)
def test_query_examples_that_contradict_themselves_are_noted(query: str, kept: dict[str, Any], reason: str) -> None:
    request, problems = parse_request("https://vod.tencentcloudapi.com/?Action=X" + query, [])
    assert request == kept
    assert len(problems) == 1 and reason in problems[0]


def test_a_long_run_of_digits_in_the_description_is_read(tmp_path: Path) -> None:
    page = MARKDOWN.read_text("utf-8").replace(
        "默认接口请求频率限制：100次/秒。", "1" * 50_000 + " 默认接口请求频率限制：100次/秒。"
    )
    spec = parse_both_ways(write(tmp_path, "page.md", page))
    assert spec["actions"]["LiveRealTimeClip"]["rate_limit"] == 100


def test_a_megabyte_line_of_brackets_is_kept_as_plain_text_with_a_warning(tmp_path: Path) -> None:
    page = MARKDOWN.read_text("utf-8") + "\n" + "[" * 1_000_000 + "\n"
    spec = parse_both_ways(write(tmp_path, "page.md", page))
    assert inputs(spec)[: len(PARAMETERS)] == PARAMETERS
    assert any("Markdown markup characters" in w and "plain text" in w for w in spec["warnings"])


def test_an_html_table_of_eight_thousand_rows_keeps_every_row(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>Extra{k}</td><td>否</td><td>String</td><td>第 {k} 个参数。</td></tr>\n" for k in range(8000)
    )
    page = HTML.read_text("utf-8")
    at = page.index("</table>")  # the end of the first table: the input parameters
    path = write(tmp_path, "page.html", page[:at] + rows + page[at:])
    spec = parse_both_ways(path)
    names = inputs(spec)
    assert names[: len(PARAMETERS)] == PARAMETERS
    assert [n for n in names if n.startswith("Extra")] == [f"Extra{k}" for k in range(8000)]


def test_regenerate_with_malformed_examples_writes_specs_and_clients(project: Path) -> None:
    deep = '{"Response": ' + '{"a": ' * 1000 + "1" + "}" * 1001
    page = _with_response(deep).replace('"Url": "http', '"Url": "\\ud800http', 1)  # the second example's
    (project.parent / "spec" / "sources" / "vod" / MARKDOWN.name).write_text(page, "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "regenerate", "--config", str(project)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=project.parent,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    spec = json.loads((project.parent / "spec" / "vod-2018-07-17.json").read_text("utf-8"))
    examples = spec["actions"]["LiveRealTimeClip"]["examples"]  # merged with the English page's
    assert any("nested more than 100 levels" in p for e in examples for p in e.get("problems", []))
    urls = [(e["response"] or {}).get("Response", {}).get("Url") for e in examples]
    assert "\ufffdhttp://video.com/playlist.m3u8" in urls
    assert (project.parent / "generated" / "tcapi" / "vod" / "v20180717" / "client.py").is_file()


def test_a_huge_cell_is_left_out_with_a_short_warning(tmp_path: Path) -> None:
    page = MARKDOWN.read_text("utf-8").replace("| StreamId |", "| " + "<" * 50_000 + " |", 1)
    spec = parse_both_ways(write(tmp_path, "page.md", page))
    assert "StreamId" not in inputs(spec) and "StartTime" in inputs(spec)  # the rest of the table is kept
    left_out = [w for w in spec["warnings"] if "left out a table row" in w]
    assert len(left_out) == 1 and len(left_out[0]) < 300


def test_an_error_quoting_a_huge_value_stays_one_short_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write(tmp_path, "codegen.toml", f'{"k" * 50_000} = 1\n[[service]]\nname = "vod"\n')
    assert main(["regenerate", "--config", str(config)]) == 2
    message = capsys.readouterr().err
    assert message.startswith("codegen: error: ") and "unknown key" in message and message.count("\n") == 1
    assert len(message) < 600 and message.endswith("more characters)\n")


@pytest.mark.parametrize("rate", ["0", "9" * 5000])
def test_a_rate_limit_of_zero_or_of_thousands_of_digits_is_no_limit(tmp_path: Path, rate: str) -> None:
    page = MARKDOWN.read_text("utf-8").replace("100次/秒", f"{rate}次/秒", 1)
    spec = parse_both_ways(write(tmp_path, "page.md", page))
    assert spec["actions"]["LiveRealTimeClip"]["rate_limit"] is None


@pytest.mark.parametrize(("domain", "service"), [("8s.tencentcloudapi.com", ""), ("VOD.tencentcloudapi.com", "vod")])
def test_a_request_domain_that_cannot_name_a_service(tmp_path: Path, domain: str, service: str) -> None:
    """Found by the fuzzer: a flipped byte made 'es.tencentcloudapi.com' '8s…', and the spec failed its schema."""
    path = tmp_path / "page.md"
    path.write_text(MARKDOWN.read_text("utf-8").replace("vod.tencentcloudapi.com", domain, 1), "utf-8")
    spec = parse_both_ways(path)
    assert spec["service"] == service
    if not service:
        assert any("does not start with a service name" in w for w in spec["warnings"])


def test_a_document_over_the_size_limit_is_one_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by the fuzzer: a table duplicated twice made a 1.8 GB page, read for minutes."""
    from codegen.ingest import MAX_DOCUMENT_BYTES

    path = tmp_path / "page.md"
    text = MARKDOWN.read_text("utf-8")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.write("x" * (MAX_DOCUMENT_BYTES + 1 - len(text.encode("utf-8"))))
    message = fails_cleanly(path, capsys)
    assert "larger than 32 MiB" in message and message.startswith(f"codegen: error: {path}:1: ")
    with open(path, "r+b") as handle:  # one byte under the limit is read
        handle.truncate(MAX_DOCUMENT_BYTES)
    assert main(["parse", str(path), "-o", str(tmp_path / "spec.json")]) == 0
