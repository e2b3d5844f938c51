"""Services built in worker processes: the same outputs as in one process, errors that still read as one line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.errors import CodegenError, SourceError
from codegen.files import read_tree
from codegen.workers import run_jobs, worker_count
from tests.conftest import make_project

forks = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


def _pid_and_square(number: int) -> tuple[int, int]:
    return os.getpid(), number * number


def _fail_on_three(number: int) -> int:
    if number == 3:
        raise SourceError("spec/sources/x/page.md", 12, "expected a parameter table")
    return number


def test_worker_count_follows_the_setting_and_never_exceeds_the_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEGEN_JOBS", "3")
    assert worker_count(None, 10) == 3
    assert worker_count(None, 2) == 2
    assert worker_count(5, 10) == 5
    assert worker_count(None, 0) == 1
    monkeypatch.setenv("CODEGEN_JOBS", "1")
    assert worker_count(None, 10) == 1


@forks
def test_jobs_run_in_other_processes_and_come_back_in_order() -> None:
    results = list(run_jobs(_pid_and_square, range(20), workers=2))
    assert [square for _, square in results] == [n * n for n in range(20)]
    assert {pid for pid, _ in results} - {os.getpid()}


def test_one_worker_runs_the_jobs_here() -> None:
    assert {pid for pid, _ in run_jobs(_pid_and_square, range(5), workers=1)} == {os.getpid()}


@forks
def test_a_source_error_in_a_worker_arrives_whole() -> None:
    with pytest.raises(SourceError) as caught:
        list(run_jobs(_fail_on_three, range(6), workers=2))
    assert (caught.value.path, caught.value.line, caught.value.message) == (
        "spec/sources/x/page.md",
        12,
        "expected a parameter table",
    )
    assert str(caught.value) == "spec/sources/x/page.md:12: expected a parameter table"


def _outputs(root: Path) -> dict[str, str]:
    files = {f"spec/{k}": v for k, v in read_tree(root / "spec").items() if not k.startswith("sources/")}
    files.update({f"generated/{k}": v for k, v in read_tree(root / "generated").items()})
    return files


@forks
def test_services_built_in_workers_give_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    trees = []
    for jobs in ("1", "2"):
        config = make_project(tmp_path / f"jobs{jobs}")
        monkeypatch.setenv("CODEGEN_JOBS", jobs)
        assert main(["regenerate", "--config", str(config), "--timings"]) == 0
        assert "read 0.000s" not in capsys.readouterr().out  # the workers' stage times reach the summary
        trees.append(_outputs(config.parent))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 20


@forks
def test_a_bad_source_in_a_worker_is_one_line_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    config = make_project(tmp_path)
    monkeypatch.setenv("CODEGEN_JOBS", "2")
    assert main(["regenerate", "--config", str(config)]) == 0
    before = _outputs(tmp_path)
    (tmp_path / "spec" / "sources" / "mps" / "zz_bad.md").write_text("# Title\n\n| a |\n|---|\n", "utf-8")
    (tmp_path / "spec" / "sources" / "mps" / "zz_empty.txt").write_bytes(b"")
    capsys.readouterr()
    assert main(["regenerate", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("codegen: error: spec/sources/mps/zz_")
    assert "Traceback" not in err
    assert _outputs(tmp_path) == before


def _die_on_two(number: int) -> int:
    if number == 2:
        os._exit(9)  # as if the kernel had killed the worker
    return number


@forks
def test_a_worker_that_dies_is_a_clear_error() -> None:
    with pytest.raises(CodegenError, match="CODEGEN_JOBS=1"):
        list(run_jobs(_die_on_two, range(4), workers=2))
