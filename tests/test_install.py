"""What a user does: build the wheel, install it into a fresh virtual environment, start a project from two pages in a
folder outside the checkout (`codegen init`, `codegen regenerate`), then use the clients where only httpx (and
pytest, to run their tests) is installed.

The generator's own dependencies (jinja2, lxml, black, ...) come from the environment running this test, added to
the new environment's path by a .pth file, so nothing but the generator is installed twice; the generator itself
comes from the wheel. Deselect with `-m "not install"`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    ROOT / "spec" / "sources" / "vod" / "000_b15c0570ae44f4dd.txt",
    ROOT / "spec" / "sources" / "mps" / "003_d2c3499d1e57381c.txt",
]

pytestmark = pytest.mark.install


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


def pip(*arguments: str | Path, python: Path, cwd: Path) -> None:
    run(sys.executable, "-m", "pip", "--python", python, *arguments, "--quiet", "--disable-pip-version-check", cwd=cwd)


def make_venv(folder: Path, *extra_paths: str) -> Path:
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / "bin" / "python"
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=folder).stdout.strip()
    if extra_paths:
        (Path(site) / "outer_environment.pth").write_text("\n".join(extra_paths) + "\n", "utf-8")
    return python


def clean_env() -> dict[str, str]:
    """The environment without anything that would let a child find the checkout's packages."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("codegen", "templates"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    dist = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, source, cwd=dist)
    (built,) = dist.glob("tc_codegen-*.whl")
    return built


def test_wheel_generates_clients_that_run_with_only_httpx(wheel: Path, tmp_path: Path) -> None:
    assert not tmp_path.is_relative_to(ROOT)
    outer = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    tool = make_venv(tmp_path / "tool-venv", *outer)
    pip("install", "--no-deps", wheel, python=tool, cwd=tmp_path)
    where = run(tool, "-c", "import codegen; print(codegen.__file__)", cwd=tmp_path, env=clean_env()).stdout
    assert Path(where.strip()).is_relative_to(tmp_path / "tool-venv")

    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    for page in PAGES:
        shutil.copy(page, project / "docs" / page.name)
    codegen = tmp_path / "tool-venv" / "bin" / "codegen"
    run(codegen, "init", *(f"docs/{page.name}" for page in PAGES), "--package", "acme", cwd=project, env=clean_env())
    run(codegen, "regenerate", cwd=project, env=clean_env())
    run(codegen, "regenerate", "--check", cwd=project, env=clean_env())
    generated = project / "generated"
    assert (generated / "acme" / "runtime" / "client.py").is_file()
    assert (project / "spec" / "vod-2018-07-17.json").is_file() and (project / "spec" / "schema.json").is_file()

    user = make_venv(tmp_path / "user-venv")
    pip("install", "httpx", "pytest", python=user, cwd=tmp_path)
    probe = "import importlib.util as u; print(*(u.find_spec(m) is not None for m in ('codegen', 'black', 'jinja2')))"
    assert run(user, "-c", probe, cwd=tmp_path, env=clean_env()).stdout.split() == ["False"] * 3
    use = "from acme.vod.v20180717 import VodClient; from acme.mps.v20190612 import MpsClient; print(VodClient.__module__)"
    assert run(user, "-c", use, cwd=generated, env=clean_env()).stdout.strip() == "acme.vod.v20180717.client"
    tests = run(user, "-m", "pytest", "-q", "-p", "no:cacheprovider", "acme", cwd=generated, env=clean_env())
    assert " passed" in tests.stdout and "failed" not in tests.stdout
