"""The regenerate job end to end on a temporary project: outputs, determinism, --check, and bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main
from codegen.config import load_config
from codegen.pipeline import regenerate
from codegen.files import read_tree


def _snapshot(root: Path) -> dict[str, str]:
    files = {f"spec/{k}": v for k, v in read_tree(root / "spec").items() if not k.startswith("sources/")}
    files.update({f"generated/{k}": v for k, v in read_tree(root / "generated").items()})
    return files


def test_regenerate_writes_specs_clients_and_tests(project: Path) -> None:
    summary = regenerate(load_config(project), cache_dir=project.parent / "cache")
    root = project.parent
    assert (root / "spec" / "vod-2018-07-17.json").is_file()
    assert (root / "spec" / "mps-2019-06-12.json").is_file()
    assert (root / "spec" / "schema.json").is_file()
    package = root / "generated" / "tcapi" / "vod" / "v20180717"
    for name in ("client.py", "errors.py", "models/live_real_time_clip.py", "tests/test_live_real_time_clip.py"):
        assert (package / name).is_file(), name
    assert [s.service for s in summary.specs] == ["vod", "mps"]
    assert summary.conflicts > 0  # 000 and 001 describe LiveRealTimeClip differently


def test_two_regenerates_are_byte_identical_whatever_the_hash_seed(project: Path, tmp_path: Path) -> None:
    root = project.parent
    env = {**os.environ, "PYTHONHASHSEED": "1", "LC_ALL": "C"}
    command = [sys.executable, "-m", "codegen", "regenerate", "--config", str(project)]
    subprocess.run(command, check=True, cwd=root, env=env, capture_output=True)
    first = _snapshot(root)
    for path in (root / "generated").rglob("*.py"):
        path.unlink()
    env2 = {**os.environ, "PYTHONHASHSEED": "12345", "LC_ALL": "C.UTF-8"}
    subprocess.run(command, check=True, cwd=root, env=env2, capture_output=True)
    assert _snapshot(root) == first


def test_check_passes_when_current_and_names_stale_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project.parent
    assert main(["regenerate", "--config", str(project)]) == 0
    capsys.readouterr()
    assert main(["regenerate", "--check", "--config", str(project)]) == 0

    client = root / "generated" / "tcapi" / "mps" / "v20190612" / "client.py"
    client.write_text(client.read_text("utf-8") + "# edited by hand\n", "utf-8")
    spec = root / "spec" / "vod-2018-07-17.json"
    spec.write_text(spec.read_text("utf-8").replace('"rate_limit": 100', '"rate_limit": 99'), "utf-8")
    before = _snapshot(root)
    assert main(["regenerate", "--check", "--config", str(project)]) == 1
    err = capsys.readouterr().err
    assert "generated/tcapi/mps/v20190612/client.py" in err
    assert "spec/vod-2018-07-17.json" in err
    assert "generated/tcapi/vod/v20180717/client.py" not in err
    assert _snapshot(root) == before  # --check writes nothing


def test_check_notices_a_changed_source(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project.parent
    assert main(["regenerate", "--config", str(project)]) == 0
    source = root / "spec" / "sources" / "mps" / "003_d2c3499d1e57381c.txt"
    source.write_text(
        source.read_text("utf-8").replace("A maximum of 100 requests", "A maximum of 50 requests"), "utf-8"
    )
    capsys.readouterr()
    assert main(["regenerate", "--check", "--config", str(project)]) == 1
    assert "spec/mps-2019-06-12.json" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("Just some notes about\nour API, nothing else.\n".encode(), "unrecognised document"),
        (b"", "empty document"),
        ("\u6587\u6863".encode("utf-16"), "not UTF-8"),
    ],
)
def test_bad_source_is_a_clear_error_and_leaves_outputs_untouched(
    project: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    root = project.parent
    assert main(["regenerate", "--config", str(project)]) == 0
    before = _snapshot(root)
    bad = root / "spec" / "sources" / "mps" / "zz_bad.txt"
    bad.write_bytes(content)
    capsys.readouterr()
    assert main(["regenerate", "--config", str(project)]) == 2
    err = capsys.readouterr().err
    assert "spec/sources/mps/zz_bad.txt:" in err
    assert expected in err
    assert _snapshot(root) == before


def test_truncated_document_names_file_and_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project.parent
    assert main(["regenerate", "--config", str(project)]) == 0
    before = _snapshot(root)
    source = root / "spec" / "sources" / "mps" / "003_d2c3499d1e57381c.txt"
    lines = source.read_text("utf-8").split("\n")
    cut = next(i for i, line in enumerate(lines) if line.startswith("ActionYes"))
    source.write_text("\n".join(lines[: cut + 1]) + "\n", "utf-8")  # stops inside the parameter table
    capsys.readouterr()
    assert main(["regenerate", "--config", str(project)]) == 2
    err = capsys.readouterr().err
    assert "spec/sources/mps/003_d2c3499d1e57381c.txt:" in err
    assert _snapshot(root) == before


def test_parse_command_writes_one_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = Path(__file__).resolve().parents[1] / "spec" / "sources" / "vod"
    out = tmp_path / "vod.json"
    assert (
        main(["parse", str(root / "000_b15c0570ae44f4dd.txt"), str(root / "001_4c0c99729c772a06.txt"), "-o", str(out)])
        == 0
    )
    text = out.read_text("utf-8")
    assert '"LiveRealTimeClip"' in text and text.endswith("}\n")


def test_help_is_available() -> None:
    for args in (["--help"], ["regenerate", "--help"], ["parse", "--help"]):
        result = subprocess.run([sys.executable, "-m", "codegen", *args], capture_output=True, text=True)
        assert result.returncode == 0
        assert "usage: codegen" in result.stdout


def test_a_service_removed_from_the_configuration_loses_its_spec_and_package(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = project.parent
    assert main(["regenerate", "--config", str(project)]) == 0
    text = project.read_text("utf-8")
    project.write_text(text[: text.index('[[tool.codegen.service]]\nname = "mps"')], "utf-8")
    capsys.readouterr()
    assert main(["regenerate", "--check", "--config", str(project)]) == 1
    assert "spec/mps-2019-06-12.json" in capsys.readouterr().err
    assert main(["regenerate", "--config", str(project)]) == 0
    assert not (root / "spec" / "mps-2019-06-12.json").exists()
    assert not (root / "generated" / "tcapi" / "mps").exists()
    assert (root / "spec" / "vod-2018-07-17.json").exists()


def test_a_regenerate_with_nothing_to_change_touches_no_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project.parent
    assert main(["regenerate", "--config", str(project)]) == 0
    outputs = [p for p in (root / "generated").rglob("*") if p.is_file()] + list((root / "spec").glob("*.json"))
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in outputs}
    capsys.readouterr()
    assert main(["regenerate", "--config", str(project)]) == 0
    assert "up to date: 2 specs and generated/ match the sources, nothing to regenerate" in capsys.readouterr().out
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in outputs} == before
    assert not (root / ".codegen-publish").exists()
