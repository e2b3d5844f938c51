"""Publishing is all or nothing: a regenerate killed (SIGKILL) at any step leaves the old state or the new one once
the next run has looked, and that run removes every leftover."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config
from codegen.pipeline import regenerate
from codegen.publish import KILL_AT_ENV, WORK_NAME, recover
from tests.conftest import make_project

MPS_PAGE = Path("spec") / "sources" / "mps" / "003_d2c3499d1e57381c.txt"


def _state(root: Path) -> dict[str, bytes]:
    """Every file of the project but the caches and the publisher's work folder."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not {".cache", WORK_NAME}.intersection(path.relative_to(root).parts)
    }


def _change_source(root: Path) -> None:
    page = root / MPS_PAGE
    page.write_text(page.read_text("utf-8").replace("A maximum of 100 requests", "A maximum of 50 requests"), "utf-8")


def _regenerate_killed_at(root: Path, checkpoint: int) -> int:
    env = {**os.environ, KILL_AT_ENV: str(checkpoint)}
    command = [sys.executable, "-m", "codegen", "regenerate", "--config", str(root / "pyproject.toml")]
    return subprocess.run(command, cwd=root, env=env, capture_output=True).returncode


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """An old project (generated, with a file of the user's in the output folder) and the state its next
    regenerate must reach after a source changed; the old project's cache already holds both."""
    old = tmp_path_factory.mktemp("old")
    make_project(old)
    regenerate(load_config(old / "pyproject.toml"))
    (old / "generated" / "NOTES.md").write_text("the user's own notes\n", "utf-8")
    new = tmp_path_factory.mktemp("new")
    shutil.copytree(old, new, dirs_exist_ok=True)
    _change_source(new)
    regenerate(load_config(new / "pyproject.toml"))
    shutil.copytree(new / ".cache", old / ".cache", dirs_exist_ok=True)
    old_state, new_state = _state(old), _state(new)
    assert old_state != new_state
    return old, old_state, new_state


def test_a_run_killed_at_any_publishing_step_leaves_old_or_new(
    states: tuple[Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    old, old_state, new_state = states
    seen = {"old": 0, "new": 0}
    checkpoint = 0
    while True:
        checkpoint += 1
        root = tmp_path / f"kill-{checkpoint}"
        shutil.copytree(old, root)
        _change_source(root)
        code = _regenerate_killed_at(root, checkpoint)
        if code == 0:  # past the last checkpoint: the run completed
            break
        assert code == -signal.SIGKILL
        committed = (root / WORK_NAME / "journal.json").exists()
        if committed:  # the next run is killed too, while it finishes the publish
            assert _regenerate_killed_at(root, 1) == -signal.SIGKILL
        recover(root, root / "generated")
        after = _state(root)
        expected_source = {MPS_PAGE.as_posix(): (root / MPS_PAGE).read_bytes()}
        if {**after, **expected_source} == {**old_state, **expected_source}:
            seen["old"] += 1
            assert not committed
        else:
            assert after == new_state, f"killed at checkpoint {checkpoint}: neither the old nor the new state"
            seen["new"] += 1
        assert not (root / WORK_NAME).exists()
        regenerate(load_config(root / "pyproject.toml"))
        assert _state(root) == new_state
        shutil.rmtree(root)
    assert _state(root) == new_state
    assert seen["old"] >= 3 and seen["new"] >= 3, seen  # killed while staging and while applying


def test_leftover_copies_of_older_versions_are_removed(
    states: tuple[Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    old, old_state, _ = states
    root = tmp_path / "project"
    shutil.copytree(old, root)
    for name in (".generated.old-123", ".generated.new-abc"):
        shutil.copytree(root / "generated", root / name)
    (root / ".generated.new-empty").mkdir()
    (root / ".generated.old-mine").mkdir()
    (root / ".generated.old-mine" / "keep.txt").write_text("not codegen's\n", "utf-8")
    regenerate(load_config(root / "pyproject.toml"))
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".generated")) == [".generated.old-mine"]
    assert _state(root) == {**old_state, ".generated.old-mine/keep.txt": b"not codegen's\n"}


def test_check_after_a_killed_run_finishes_its_publish_and_says_so(
    states: tuple[Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _, new_state = states
    for checkpoint in range(1, 100):
        root = tmp_path / f"kill-{checkpoint}"
        shutil.copytree(old, root)
        _change_source(root)
        assert _regenerate_killed_at(root, checkpoint) == -signal.SIGKILL
        if (root / WORK_NAME / "journal.json").exists():
            break
    assert main(["regenerate", "--check", "--config", str(root / "pyproject.toml")]) == 0
    assert "codegen: finished a publish that an interrupted run had committed" in capsys.readouterr().err
    assert _state(root) == new_state
