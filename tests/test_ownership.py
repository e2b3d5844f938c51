"""codegen never touches what it did not write: unsafe output and specs folders are refused with nothing changed,
files of the user's survive every regenerate, and --check says why each stale file is stale."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config
from codegen.errors import CodegenError
from codegen.lock import project_lock
from codegen.manifest import MANIFEST_NAME
from codegen.pipeline import regenerate
from tests.conftest import CONFIG, make_project

MPS_PAGE = Path("spec") / "sources" / "mps" / "003_d2c3499d1e57381c.txt"
MPS_CLIENT = Path("generated") / "tcapi" / "mps" / "v20190612" / "client.py"


def _state(root: Path) -> dict[str, bytes]:
    """Every file under `root` (the project and its siblings), caches left out."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and ".cache" not in path.relative_to(root).parts
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated project (with its caches), copied by each test that changes it."""
    root = tmp_path_factory.mktemp("built")
    make_project(root)
    regenerate(load_config(root / "pyproject.toml"))
    return root


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(built, root)
    return root


def _run(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["regenerate", *args, "--config", str(root / "pyproject.toml")])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        ('output = "."', "output = '.' is the project folder itself"),
        ('output = "src"', "output folder 'src' already holds files and no .codegen-manifest.json"),
        ('output = "../other"', "output = '../other' lies outside the project folder"),
        ('output = "spec"', "output and specs must be separate folders"),
        ('output = "spec/sources"', "output and specs must be separate folders"),
        ('output = "pyproject.toml"', "output = 'pyproject.toml' is a file, not a folder"),
        ('output = "link"', "output = 'link' lies outside the project folder"),
        ('specs = "."', "specs = '.' is the project folder itself"),
        ('specs = "../other"', "specs = '../other' lies outside the project folder"),
        ('specs = "generated/spec"', "output and specs must be separate folders"),
        ('output = "spec/sources/mps"\nspecs = "api"', "source spec/sources/mps/003_d2c3499d1e57381c.txt lies inside"),
        ('specs = "spec/sources/vod"', "source pattern 'spec/sources/vod/*' matches spec/sources/vod/schema.json"),
    ],
)
def test_an_unsafe_folder_is_refused_and_nothing_is_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], settings: str, expected: str
) -> None:
    root = tmp_path / "project"
    make_project(root, CONFIG.replace('output = "generated"\nspecs = "spec"', settings))
    (root / "src" / "myapp").mkdir(parents=True)
    (root / "src" / "myapp" / "main.py").write_text("print('mine')\n", "utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("a sibling project\n", "utf-8")
    os.symlink(tmp_path / "other", root / "link")
    before = _state(tmp_path)
    code, _, err = _run(root, capsys)
    assert code == 2
    assert err.startswith(f"codegen: error: {root / 'pyproject.toml'}: ") and expected in err, err
    assert _state(tmp_path) == before


def test_a_users_file_in_the_output_folder_survives_and_is_named(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = project / "generated" / "NOTES.md"
    notes.write_text("mine\n", "utf-8")
    (project / "generated" / "tcapi" / "mps" / "extra.py").write_text("X = 1\n", "utf-8")
    code, out, _ = _run(project, capsys)
    assert code == 0
    assert "left alone, not codegen's: generated/NOTES.md, generated/tcapi/mps/extra.py" in out
    assert "nothing to regenerate" in out
    assert _run(project, capsys, "--check")[0] == 0

    page = project / MPS_PAGE
    page.write_text(page.read_text("utf-8").replace("A maximum of 100 requests", "A maximum of 50 requests"), "utf-8")
    assert _run(project, capsys)[0] == 0
    assert '"rate_limit": 50' in (project / "spec" / "mps-2019-06-12.json").read_text("utf-8")
    assert notes.read_text("utf-8") == "mine\n"
    assert (project / "generated" / "tcapi" / "mps" / "extra.py").read_text("utf-8") == "X = 1\n"


def test_a_removed_service_loses_only_codegens_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = project / "generated" / "tcapi" / "mps" / "v20190612" / "mine.txt"
    mine.write_text("mine\n", "utf-8")
    (project / "spec" / "notes.json").write_text("{}\n", "utf-8")
    text = (project / "pyproject.toml").read_text("utf-8")
    (project / "pyproject.toml").write_text(text[: text.index('[[tool.codegen.service]]\nname = "mps"')], "utf-8")
    assert _run(project, capsys)[0] == 0
    assert not (project / "spec" / "mps-2019-06-12.json").exists()
    assert not (project / MPS_CLIENT).exists()
    assert sorted(p.name for p in (project / "generated" / "tcapi" / "mps").rglob("*")) == ["mine.txt", "v20190612"]
    assert (project / "spec" / "notes.json").read_text("utf-8") == "{}\n"
    assert not (project / "generated" / "tcapi" / "mps" / "v20190612" / "models").exists()


def test_a_users_file_where_codegen_would_write_is_refused(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (project / "pyproject.toml").read_text("utf-8")
    mps = text.index('[[tool.codegen.service]]\nname = "mps"')
    (project / "pyproject.toml").write_text(text[:mps], "utf-8")
    assert _run(project, capsys)[0] == 0
    (project / MPS_CLIENT).parent.mkdir(parents=True)
    (project / MPS_CLIENT).write_text("# my own client\n", "utf-8")
    (project / "pyproject.toml").write_text(text, "utf-8")
    before = _state(project)
    code, _, err = _run(project, capsys)
    assert code == 2
    assert "generated/tcapi/mps/v20190612/client.py: codegen would write this file but did not write it" in err
    assert _state(project) == before


def test_a_spec_codegen_did_not_write_is_refused(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = json.loads((project / "generated" / MANIFEST_NAME).read_text("utf-8"))
    del manifest["specs"]["spec/mps-2019-06-12.json"]
    (project / "generated" / MANIFEST_NAME).write_text(json.dumps(manifest), "utf-8")
    (project / "spec" / "mps-2019-06-12.json").write_text('{"mine": true}\n', "utf-8")
    before = _state(project)
    code, _, err = _run(project, capsys)
    assert code == 2 and "spec/mps-2019-06-12.json: codegen would write this file but did not write it" in err
    assert _state(project) == before


def test_a_link_out_of_the_project_inside_the_output_folder_is_not_written_through(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elsewhere"
    shutil.move(project / "generated" / "tcapi" / "mps", elsewhere)
    os.symlink(elsewhere, project / "generated" / "tcapi" / "mps")
    (elsewhere / "v20190612" / "client.py").write_text("# changed\n", "utf-8")
    before = _state(tmp_path)
    code, _, err = _run(project, capsys)
    assert code == 2 and "generated/tcapi/mps: links out of the project folder" in err
    assert _state(tmp_path) == before


def test_a_deleted_output_folder_is_rebuilt_with_its_specs(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.rmtree(project / "generated")
    page = project / MPS_PAGE
    page.write_text(page.read_text("utf-8").replace("A maximum of 100 requests", "A maximum of 50 requests"), "utf-8")
    assert _run(project, capsys)[0] == 0  # the specs its manifest listed are still recognised as codegen's
    assert '"rate_limit": 50' in (project / "spec" / "mps-2019-06-12.json").read_text("utf-8")
    assert (project / MPS_CLIENT).is_file()


def test_a_source_pattern_matching_nothing_readable_keeps_the_committed_client(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for page in (project / "spec" / "sources" / "mps").iterdir():
        page.unlink()
        os.symlink(project / "gone" / page.name, page)
    before = _state(project)
    code, _, err = _run(project, capsys)
    assert code == 2 and "source pattern 'spec/sources/mps/*' matches no readable file" in err
    assert "is a broken link" in err
    assert _state(project) == before
    assert (project / MPS_CLIENT).is_file()


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_files_get_the_modes_the_umask_gives(tmp_path: Path, umask: int) -> None:
    make_project(tmp_path)
    previous = os.umask(umask)
    try:
        regenerate(load_config(tmp_path / "pyproject.toml"))
    finally:
        os.umask(previous)
    for path in [
        tmp_path / "spec" / "vod-2018-07-17.json",
        tmp_path / MPS_CLIENT,
        tmp_path / "generated" / MANIFEST_NAME,
    ]:
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask, path
    assert (tmp_path / MPS_CLIENT).parent.stat().st_mode & 0o777 == 0o777 & ~umask


def test_a_second_run_waits_for_the_first_then_fails_clearly(project: Path) -> None:
    before = _state(project)
    with project_lock(project):
        with pytest.raises(CodegenError, match="another codegen run is regenerating this project"):
            regenerate(load_config(project / "pyproject.toml"), lock_wait=0.2)
    assert _state(project) == before


def test_check_says_why_each_file_is_stale(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client = project / MPS_CLIENT
    client.write_text(client.read_text("utf-8") + "# edited by hand\n", "utf-8")
    page = project / "spec" / "sources" / "vod" / "000_b15c0570ae44f4dd.txt"
    page.write_text(page.read_text("utf-8") + "\n", "utf-8")
    manifest_path = project / "generated" / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text("utf-8"))
    manifest["generator"] = "an older generator"
    manifest["files"]["tcapi/runtime/signing.py"]["rendered"] = "0" * 64  # rendered by that generator
    manifest_path.write_text(json.dumps(manifest), "utf-8")
    (project / "spec" / "schema.json").write_text("{}\n", "utf-8")
    code, _, err = _run(project, capsys, "--check")
    assert code == 1
    lines = set(err.splitlines()[1:])
    assert "  generated/tcapi/mps/v20190612/client.py: edited by hand" in lines
    assert "  generated/tcapi/runtime/signing.py: generator changed" in lines
    assert "  spec/schema.json: edited by hand" in lines
    assert not any(line.startswith("  generated/tcapi/vod/") for line in lines)  # the page changed, its spec did not
    (project / "spec" / "mps-2019-06-12.json").unlink()
    assert "  spec/mps-2019-06-12.json: missing" in _run(project, capsys, "--check")[2].splitlines()


def test_check_names_a_changed_source(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = project / MPS_PAGE
    page.write_text(page.read_text("utf-8").replace("A maximum of 100 requests", "A maximum of 50 requests"), "utf-8")
    code, _, err = _run(project, capsys, "--check")
    assert code == 1
    assert "  spec/mps-2019-06-12.json: source changed" in err.splitlines()
    assert "  generated/tcapi/mps/v20190612/client.py: source changed" in err.splitlines()


def test_an_unreadable_manifest_is_an_error_not_a_licence(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "generated" / MANIFEST_NAME).write_text('{"files": {\n<<<<<<< HEAD\n', "utf-8")
    before = _state(project)
    code, _, err = _run(project, capsys)
    assert code == 2 and f"generated/{MANIFEST_NAME}:2: not valid JSON" in err
    assert _state(project) == before


def test_a_version_1_manifest_still_owns_its_specs(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest_path = project / "generated" / MANIFEST_NAME
    manifest = json.loads(manifest_path.read_text("utf-8"))
    manifest_path.write_text(json.dumps({"formatter": "black", "files": manifest["files"]}), "utf-8")
    spec = project / "spec" / "mps-2019-06-12.json"
    spec.write_text(spec.read_text("utf-8").replace('"rate_limit": 100', '"rate_limit": 99'), "utf-8")
    assert _run(project, capsys)[0] == 0
    assert '"rate_limit": 100' in spec.read_text("utf-8")
    assert json.loads(manifest_path.read_text("utf-8"))["version"] == 2
