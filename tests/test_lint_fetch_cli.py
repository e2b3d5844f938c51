"""`codegen lint` findings and `codegen fetch` wiring into the configuration."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config
from codegen.lint import lint_partials
from codegen.parse import parse_document
from codegen.ingest import read_document

PAGE = """## 1. API Description

Domain name for API request: demo.tencentcloudapi.com.

## 2. Input Parameters

| Parameter Name | Required | Type | Description |
|---|---|---|---|
| Action | Yes | String | Common Params. The value used for this API: DoThing. |
| Version | Yes | String | Common Params. The value used for this API: 2020-01-01. |
| Limit | {required} | {limit_type} | How many. |

## 3. Output Parameters

| Parameter Name | Type | Description |
|---|---|---|
| RequestId | String | The request ID. |

## 4. Example

### Example1 Doing it

#### Input Example

```
POST / HTTP/1.1
Host: demo.tencentcloudapi.com
<Common request parameters>

{{"Limit": "10", "Offset": 0}}
```

#### Output Example

```
{{"Response": {{"Error": {{"Code": "ResourceNotFound.Thing", "Message": "no"}}, "RequestId": "r"}}}}
```

## 5. Error Code

| Error Code | Description |
|---|---|
| InvalidParameter | Bad. |
"""


def test_lint_reports_each_kind_of_inconsistency() -> None:
    en = parse_document(read_document("en.md", PAGE.format(required="Yes", limit_type="Integer")))
    zh_text = PAGE.format(required="No", limit_type="String")
    for english, chinese in (
        ("API Description", "接口描述"),
        ("Domain name for API request", "接口请求域名"),
        ("Input Parameters", "输入参数"),
        ("Output Parameters", "输出参数"),
        ("Example1 Doing it", "示例1 做事"),
        ("Example", "示例"),
        ("Error Code", "错误码"),
    ):
        zh_text = zh_text.replace(english, chinese)
    zh = parse_document(read_document("zh.md", zh_text))
    messages = [f.message for f in lint_partials([en, zh])]
    assert any("gives Limit='10', but the table says Integer" in m for m in messages)
    assert any("sends Offset, which the parameter table does not list" in m for m in messages)
    assert any("returns error ResourceNotFound.Thing" in m for m in messages)
    assert any("Limit: type is 'Integer' here (en) but 'String'" in m for m in messages)
    assert any("Limit: required is True here (en) but False" in m for m in messages)


def test_lint_is_quiet_on_a_consistent_page() -> None:
    text = (
        PAGE.format(required="Yes", limit_type="String")
        .replace(', "Offset": 0', "")
        .replace("ResourceNotFound.Thing", "InvalidParameter")
    )
    assert lint_partials([parse_document(read_document("ok.md", text))]) == []


def test_lint_command_exit_status(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", "--config", str(project)]) == 1  # seed 000's example gives IsPersistence as a string
    assert "IsPersistence='1'" in capsys.readouterr().out


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        body = (Path(__file__).parent / "fixtures" / "html" / "live-DescribeLiveCert-en.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_adds_pages_to_the_configuration_and_regenerate_uses_them(
    project: Path, server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project.parent
    into = root / "spec" / "sources" / "live"
    args = ["fetch", f"{server}/document/api/267/30779", "--into", str(into), "--service", "live"]
    assert main([*args, "--version", "2018-08-01", "--config", str(project), "--rate", "50"]) == 0
    config = load_config(project)
    live = next(s for s in config.services if s.name == "live")
    assert [p.suffix for p in config.source_files(live)] == [".html"]
    assert main(["regenerate", "--config", str(project)]) == 0
    assert "DescribeLiveCert" in (root / "spec" / "live-2018-08-01.json").read_text("utf-8")
    # fetching the same page again adds nothing new to the configuration
    before = project.read_text("utf-8")
    assert main([*args, "--config", str(project), "--rate", "50"]) == 0
    assert project.read_text("utf-8") == before
    capsys.readouterr()
    assert main(["regenerate", "--refresh", "--config", str(project)]) == 0
    assert "refreshed" in capsys.readouterr().out


def test_repeated_service_entries_are_merged(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x", "utf-8")
    (tmp_path / "b.md").write_text("x", "utf-8")
    (tmp_path / "codegen.toml").write_text(
        '[[service]]\nname = "vod"\nversion = "2018-07-17"\nsources = ["a.md"]\n'
        '[[service]]\nname = "vod"\nversion = "2018-07-17"\nsources = ["b.md"]\n',
        "utf-8",
    )
    config = load_config(tmp_path / "codegen.toml")
    assert len(config.services) == 1
    assert [p.name for p in config.source_files(config.services[0])] == ["a.md", "b.md"]
