from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "spec" / "sources"

CONFIG = """\
[tool.codegen]
package = "tcapi"
output = "generated"
specs = "spec"

[[tool.codegen.service]]
name = "vod"
version = "2018-07-17"
sources = ["spec/sources/vod/*"]

[[tool.codegen.service]]
name = "mps"
version = "2019-06-12"
sources = ["spec/sources/mps/*"]
"""


def make_project(folder: Path, config: str = CONFIG) -> Path:
    """A small project with the vod and mps single-page seeds as its sources."""
    for service in ("vod", "mps"):
        shutil.copytree(SOURCES / service, folder / "spec" / "sources" / service)
    (folder / "pyproject.toml").write_text(config, "utf-8")
    return folder / "pyproject.toml"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)
