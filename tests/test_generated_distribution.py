"""The generated package takes its distribution name, version and README from [tool.codegen], and its runtime
logs and identifies itself under the configured package name."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config
from tests.conftest import CONFIG, make_project

ACME = CONFIG.replace('package = "tcapi"', 'package = "acme"') + (
    "\n[tool.codegen.distribution]\n"
    'name = "acme-tencent-clients"\n'
    'version = "2.5.0rc1"\n'
    'description = "Acme\'s \\"video\\" clients — 视频"\n'
)

# Runs where only the generated package is on the path: one call through a mock transport, logged at DEBUG.
CALL = """
import logging, httpx
from acme.runtime.credentials import Credential
from acme.vod.v20180717 import VodClient
seen = []
def answer(request):
    seen.append(request.headers["User-Agent"])
    return httpx.Response(200, json={"Response": {"RequestId": "r-1"}})
records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record.name)
logging.getLogger().addHandler(Keep())
logging.getLogger().setLevel(logging.DEBUG)
with VodClient(Credential("AKIDexample", "secret"), "ap-guangzhou", transport=httpx.MockTransport(answer)) as client:
    client._call("DescribeThings", {})
print(seen[0], sorted(set(records) - {"httpx", "httpcore"}))
"""


@pytest.fixture(scope="module")
def acme(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("acme")
    assert main(["regenerate", "--config", str(make_project(root, ACME))]) == 0
    return root / "generated"


def test_pyproject_names_the_configured_distribution(acme: Path) -> None:
    project = tomllib.loads((acme / "pyproject.toml").read_text("utf-8"))["project"]
    assert (project["name"], project["version"]) == ("acme-tencent-clients", "2.5.0rc1")
    assert project["description"] == 'Acme\'s "video" clients — 视频'
    assert project["readme"] == "README.md" and project["dependencies"] == ["httpx>=0.27"]


def test_readme_says_what_the_package_holds(acme: Path) -> None:
    readme = (acme / "README.md").read_text("utf-8")
    assert readme.startswith("# acme-tencent-clients 2.5.0rc1\n")
    assert "`from acme.vod.v20180717 import VodClient`" in readme
    assert "`from acme.mps.v20190612 import MpsClient`" in readme


def test_runtime_identifies_itself_and_logs_under_the_package_name(acme: Path) -> None:
    out = subprocess.run([sys.executable, "-c", CALL], cwd=acme, capture_output=True, text=True, check=True).stdout
    assert out.split(" ", 1) == ["acme-python/2.5.0rc1", "['acme']\n"]


def test_distribution_defaults_follow_the_package(project: Path) -> None:
    distribution = load_config(project).distribution
    assert (distribution.name, distribution.version) == ("tcapi-clients", "0.1.0")


@pytest.mark.parametrize(
    "table, message",
    [
        ('version = "one"', "version must be a version number"),
        ('name = "no spaces allowed"', "name must be a distribution name"),
        ('description = """two\nlines"""', "description must be one line"),
    ],
)
def test_bad_distribution_is_a_config_error(
    project: Path, table: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write_text(project.read_text("utf-8") + f"\n[tool.codegen.distribution]\n{table}\n", "utf-8")
    assert main(["regenerate", "--config", str(project)]) == 2
    assert message in capsys.readouterr().err
