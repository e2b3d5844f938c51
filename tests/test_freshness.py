"""The fingerprint check: an unchanged project is recognised without reading a document or rendering a file, in a
fresh clone too, and every kind of change still falls through to the full job."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config
from codegen.freshness import config_fingerprint, generator_fingerprint
from codegen.manifest import MANIFEST_NAME
from codegen.pipeline import regenerate

ROOT = Path(__file__).resolve().parents[1]
MPS_PAGE = Path("spec/sources/mps/003_d2c3499d1e57381c.txt")

# runs regenerate in a fresh interpreter and reports which of codegen's heavy modules it loaded
_PROBE = """
import sys
from pathlib import Path
from codegen.config import load_config
from codegen.pipeline import regenerate
summary = regenerate(load_config(Path(sys.argv[1])), check=sys.argv[2] == "check")
heavy = sorted(m for m in ("codegen.build", "codegen.render", "codegen.parse", "jinja2", "lxml") if m in sys.modules)
print(summary.current, len(summary.stale), ",".join(heavy))
"""


def _probe(project: Path, mode: str = "regenerate") -> str:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(project), mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=project.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return done.stdout.strip()


def test_an_unchanged_project_loads_no_reader_parser_or_template(project: Path) -> None:
    assert regenerate(load_config(project)).current is False  # the first run does the whole job
    assert _probe(project) == "True 0"
    assert _probe(project, "check") == "True 0"


def test_check_in_a_fresh_clone_needs_no_cache(project: Path, tmp_path: Path) -> None:
    regenerate(load_config(project))
    assert (project.parent / ".cache" / "codegen").is_dir()
    clone = tmp_path / "clone"
    shutil.copytree(project.parent, clone, ignore=shutil.ignore_patterns(".cache"))
    assert _probe(clone / "pyproject.toml", "check") == "True 0"
    assert sorted(p.name for p in (clone / ".cache" / "codegen").iterdir()) == ["hashes.json"]  # nothing parsed


def test_a_users_file_is_reported_by_the_quick_path(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regenerate", "--config", str(project)]) == 0
    (project.parent / "generated" / "NOTES.md").write_text("mine\n", "utf-8")
    capsys.readouterr()
    assert main(["regenerate", "--config", str(project)]) == 0
    out = capsys.readouterr().out
    assert "left alone, not codegen's: generated/NOTES.md" in out
    assert "up to date: 2 specs and generated/ match the sources, nothing to regenerate" in out


@pytest.mark.parametrize(
    ("change", "stale", "reason"),
    [
        (
            lambda root: (root / MPS_PAGE).write_text(
                (root / MPS_PAGE).read_text("utf-8").replace("A maximum of 100 requests", "A maximum of 50 requests"),
                "utf-8",
            ),
            "spec/mps-2019-06-12.json",
            "source changed",
        ),
        (lambda root: (root / MPS_PAGE).rename(root / MPS_PAGE.with_name("renamed.txt")), "", ""),
        (
            lambda root: (root / "generated/tcapi/mps/v20190612/errors.py").write_text("# mine\n", "utf-8"),
            "generated/tcapi/mps/v20190612/errors.py",
            "edited by hand",
        ),
        (lambda root: (root / "generated/tcapi/mps/v20190612/errors.py").unlink(), "errors.py", "missing"),
        (lambda root: (root / "spec/vod-2018-07-17.json").unlink(), "spec/vod-2018-07-17.json", "missing"),
        (
            lambda root: (root / "pyproject.toml").write_text(
                (root / "pyproject.toml").read_text("utf-8") + '\n[tool.codegen.distribution]\nname = "acme"\n',
                "utf-8",
            ),
            "generated/pyproject.toml",
            "configuration changed",
        ),
    ],
    ids=["source edited", "source renamed", "output edited", "output deleted", "spec deleted", "config changed"],
)
def test_every_kind_of_change_falls_through_to_the_full_job(
    project: Path, change, stale: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project.parent
    assert main(["regenerate", "--config", str(project)]) == 0
    change(root)
    summary = regenerate(load_config(project), check=True)
    assert summary.current is False
    if stale:
        assert any(s.path.endswith(stale) and s.reason == reason for s in summary.stale), summary.stale
    capsys.readouterr()
    assert main(["regenerate", "--config", str(project)]) == 0
    assert "files written" in capsys.readouterr().out
    assert regenerate(load_config(project)).current is True


def test_a_changed_generator_is_not_taken_as_current(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regenerate(load_config(project))
    monkeypatch.setattr("codegen.freshness.generator_fingerprint", lambda hashes=None: "another generator")
    summary = regenerate(load_config(project), check=True)
    assert summary.current is False and summary.stale == []  # computed in full: the outputs are the same


def test_the_manifest_records_the_fingerprints(project: Path) -> None:
    regenerate(load_config(project))
    manifest = json.loads((project.parent / "generated" / MANIFEST_NAME).read_text("utf-8"))
    assert manifest["generator"] == generator_fingerprint()
    assert manifest["config"] == config_fingerprint(load_config(project))


def test_the_configuration_fingerprint_ignores_where_the_project_lives(project: Path, tmp_path: Path) -> None:
    clone = tmp_path / "elsewhere"
    shutil.copytree(project.parent, clone)
    assert config_fingerprint(load_config(clone / "pyproject.toml")) == config_fingerprint(load_config(project))
