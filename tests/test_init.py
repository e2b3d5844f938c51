"""Starting a project (`codegen init`), adding a new service with `codegen fetch`, and `codegen parse` on a page that
does not name its service."""

from __future__ import annotations

import json
import shutil
import threading
import tomllib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config
from tests.conftest import SOURCES, make_project

FIXTURES = Path(__file__).parent / "fixtures" / "html"
VOD = SOURCES / "vod" / "000_b15c0570ae44f4dd.txt"
MPS = SOURCES / "mps" / "003_d2c3499d1e57381c.txt"
NO_SERVICE = """\
# DescribeThings

## 1. API Description

Describe things.

## 2. Input Parameters

| Parameter Name | Required | Type | Description |
|---|---|---|---|
| Limit | No | Integer | How many. |

## 3. Output Parameters

| Parameter Name | Type | Description |
|---|---|---|
| Total | Integer | How many there are. |
| RequestId | String | The request ID. |
"""
NO_SERVICE_HTML = (
    "<html><body>"
    + "".join(
        (
            f"<h2>{line[3:]}</h2>"
            if line.startswith("## ")
            else f"<h1>{line[2:]}</h1>" if line.startswith("# ") else f"<p>{line}</p>"
        )
        for line in NO_SERVICE.splitlines()
        if line and not line.startswith("|")
    )
    + (
        "<table><tr><th>Parameter Name</th><th>Required</th><th>Type</th><th>Description</th></tr>"
        "<tr><td>Limit</td><td>No</td><td>Integer</td><td>How many.</td></tr></table></body></html>"
    )
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder holding two doc pages, as the current directory."""
    (tmp_path / "docs").mkdir()
    for page in (VOD, MPS):
        shutil.copy(page, tmp_path / "docs" / page.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.startswith("/live"):
            body = (FIXTURES / "live-DescribeLiveCert-en.html").read_bytes()
        elif self.path.startswith("/things"):
            body = NO_SERVICE_HTML.encode()
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_init_writes_a_configuration_from_the_pages(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "docs/000_b15c0570ae44f4dd.txt", "docs/003_d2c3499d1e57381c.txt", "--package", "acme"]) == 0
    config = load_config(folder / "codegen.toml")
    assert config.package == "acme" and config.distribution.name == "acme-clients"
    found = [(s.name, s.version, [p.name for p in config.source_files(s)]) for s in config.services]
    assert found == [("vod", "2018-07-17", [VOD.name]), ("mps", "2019-06-12", [MPS.name])]
    ignored = (folder / ".gitignore").read_text("utf-8").splitlines()
    assert "/.cache/codegen/" in ignored and "/.codegen-publish/" in ignored
    workflow = (folder / ".github" / "workflows" / "codegen.yml").read_text("utf-8")
    assert "run: codegen regenerate --check" in workflow
    assert "next: codegen regenerate" in capsys.readouterr().out
    assert main(["regenerate"]) == 0
    assert (folder / "generated" / "acme" / "vod" / "v20180717" / "client.py").is_file()
    assert main(["regenerate", "--check"]) == 0


def test_init_adds_a_section_to_an_existing_pyproject(folder: Path) -> None:
    mine = '[project]\nname = "myapp"\nversion = "1.0"\n\n[tool.black]\nline-length = 100\n'
    (folder / "pyproject.toml").write_text(mine, "utf-8")
    (folder / ".gitignore").write_text("*.pyc\n.cache/\n.codegen-publish/\n", "utf-8")
    assert main(["init", str(folder / "docs" / VOD.name), "--no-ci"]) == 0
    text = (folder / "pyproject.toml").read_text("utf-8")
    assert text.startswith(mine)
    data = tomllib.loads(text)
    assert data["project"]["name"] == "myapp" and data["tool"]["black"] == {"line-length": 100}
    assert [(s["name"], s["version"]) for s in data["tool"]["codegen"]["service"]] == [("vod", "2018-07-17")]
    assert (folder / ".gitignore").read_text("utf-8") == "*.pyc\n.cache/\n.codegen-publish/\n"  # already ignored
    assert not (folder / ".github").exists() and not (folder / "codegen.toml").exists()


@pytest.mark.parametrize(
    "existing, options, message",
    [
        ({"codegen.toml": 'package = "x"\n'}, [], "codegen.toml exists"),
        ({"pyproject.toml": '[tool.codegen]\npackage = "x"\n'}, [], "already has [tool.codegen]"),
        ({".github/workflows/codegen.yml": "name: mine\n"}, [], "codegen.yml exists"),
        ({"pyproject.toml": '[project]\nname = "x"\n'}, ["--package", "My-Pkg"], "lower-case Python identifier"),
        ({}, ["docs/missing.html"], "missing.html: no such file"),
    ],
)
def test_init_never_overwrites(
    folder: Path, existing: dict[str, str], options: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in existing.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, "utf-8")
    before = snapshot(folder)
    assert main(["init", f"docs/{VOD.name}", *options]) == 2
    assert message in capsys.readouterr().err
    assert snapshot(folder) == before


def test_init_on_a_page_without_its_service(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "docs" / "things.md").write_text(NO_SERVICE, "utf-8")
    before = snapshot(folder)
    assert main(["init", "docs/things.md"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("codegen: error: ") and "things.md:1: the page does not name its service" in err
    assert "--service" in err and snapshot(folder) == before
    assert main(["init", "docs/things.md", "--service", "cvm", "--version", "2017-03-12", "--no-ci"]) == 0
    (service,) = load_config(folder / "codegen.toml").services
    assert (service.name, service.version, service.sources) == ("cvm", "2017-03-12", ("docs/things.md",))


def test_init_from_a_url(folder: Path, site: str) -> None:
    assert main(["init", f"{site}/live/DescribeLiveCert", "--no-ci", "--rate", "100"]) == 0
    (service,) = load_config(folder / "codegen.toml").services
    assert (service.name, service.version) == ("live", "2018-08-01")
    (source,) = service.sources
    assert source.startswith("spec/sources/live/") and source.endswith(".html")
    meta = json.loads((folder / source.replace(".html", ".meta.json")).read_text("utf-8"))
    assert meta["url"] == f"{site}/live/DescribeLiveCert"
    assert list((folder / ".cache" / "codegen").iterdir()) == []  # the staging folder is gone


def test_fetch_adds_a_new_service_from_what_the_page_states(
    tmp_path: Path, site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path)
    assert main(["fetch", f"{site}/live/DescribeLiveCert", "--config", str(project), "--rate", "100"]) == 0
    assert "under live 2018-08-01 (new service)" in capsys.readouterr().out
    live = next(s for s in load_config(project).services if s.name == "live")
    assert live.version == "2018-08-01"
    (page,) = load_config(project).source_files(live)
    assert page.parent == tmp_path / "spec" / "sources" / "live" and page.with_suffix("").with_suffix(".meta.json")
    assert list((tmp_path / ".cache" / "codegen").iterdir()) == []


def test_fetch_of_a_page_without_its_service_leaves_nothing_behind(
    tmp_path: Path, site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path)
    before = snapshot(tmp_path)
    assert main(["fetch", f"{site}/things", "--config", str(project), "--rate", "100"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"codegen: error: {site}/things:1: the page does not name its service")
    assert {k: v for k, v in snapshot(tmp_path).items() if not k.startswith(".cache/")} == before
    assert list((tmp_path / ".cache" / "codegen").iterdir()) == []


def test_parse_warns_about_a_page_without_its_service(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "things.md"
    page.write_text(NO_SERVICE, "utf-8")
    assert main(["parse", str(page)]) == 0
    captured = capsys.readouterr()
    assert f"codegen: warning: {page}:1: the page does not name its service" in captured.err
    spec = json.loads(captured.out)
    assert (spec["service"], spec["endpoint"]) == ("", "") and list(spec["actions"]) == ["DescribeThings"]
    assert main(["parse", str(page), "--service", "cvm"]) == 0
    assert json.loads(capsys.readouterr().out)["endpoint"] == "cvm.tencentcloudapi.com"


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("codegen 0.")
