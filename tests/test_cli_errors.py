"""Every command-line mistake a new user makes ends in one `codegen: error:` line naming the file or value, exit 2."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.cli import main

PAGE = Path(__file__).resolve().parents[1] / "spec" / "sources" / "mps" / "003_d2c3499d1e57381c.txt"
SERVICE = '[[tool.codegen.service]]\nname = "mps"\nversion = "2019-06-12"\nsources = ["docs/*"]\n'


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder outside the checkout with one good page, as a user would have it."""
    (tmp_path / "docs").mkdir()
    shutil.copy(PAGE, tmp_path / "docs" / "page.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _fails(capsys: pytest.CaptureFixture[str], argv: list[str], *expected: str) -> str:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("codegen: error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for text in expected:
        assert text in err, err
    return err


def test_a_missing_document(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails(capsys, ["parse", "nope.html"], "nope.html: no such file")


def test_a_folder_given_as_a_document(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails(capsys, ["parse", "docs"], "docs: is a folder", "docs/*")


def test_a_symlink_loop(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.symlink("b.html", folder / "a.html")
    os.symlink("a.html", folder / "b.html")
    _fails(capsys, ["parse", "a.html"], "a.html: cannot read", "symbolic links")


def test_a_broken_link(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.symlink("gone.html", folder / "a.html")
    _fails(capsys, ["parse", "a.html"], "a.html: broken link (to gone.html)")


def test_a_pipe_is_refused_rather_than_waited_on(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(folder / "pipe")
    _fails(capsys, ["parse", "pipe"], "pipe: not a regular file")


def test_an_empty_document(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "empty.txt").write_bytes(b"")
    _fails(capsys, ["parse", "empty.txt"], "empty.txt:1: empty document")


def test_non_utf8_garbage(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "junk.txt").write_bytes(b"Action\n\xff\xfe\xfa garbage \xc3\n")
    _fails(capsys, ["parse", "junk.txt"], "junk.txt:2: not UTF-8")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("docs", "-o docs: is a folder"),
        ("missing/spec.json", "-o missing/spec.json: missing does not exist"),
        ("docs/page.txt/spec.json", "docs/page.txt is not a folder"),
        ("docs/page.txt", "is one of the documents being parsed"),
    ],
)
def test_a_bad_parse_output(folder: Path, capsys: pytest.CaptureFixture[str], target: str, expected: str) -> None:
    before = (folder / "docs" / "page.txt").read_bytes()
    _fails(capsys, ["parse", "docs/page.txt", "-o", target], expected)
    assert (folder / "docs" / "page.txt").read_bytes() == before


def test_an_unwritable_parse_output(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the tests run as root, which may write anywhere; /proc refuses new files even to root
    _fails(capsys, ["parse", "docs/page.txt", "-o", "/proc/spec.json"], "-o /proc/spec.json: cannot write")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "missing.toml: no such configuration file"),
        ("folder", "cfg: is a folder"),
        ("just words\n", "cfg:1: invalid TOML"),
        ('[tool.codegen]\npackage = "x\n\n[[tool.codegen.service]]\n', "cfg:2: invalid TOML"),
        ('[tool.codegen]\npackage = "x"\n\noutput = [\n', "cfg:4: invalid TOML"),
        (b"\xff\xfe[tool]\n", "cfg: not UTF-8"),
    ],
)
def test_a_bad_config_path(
    folder: Path, capsys: pytest.CaptureFixture[str], content: str | bytes | None, expected: str
) -> None:
    target = folder / ("missing.toml" if content is None else "cfg")
    if content == "folder":
        target.mkdir()
    elif isinstance(content, bytes):
        target.write_bytes(content)
    elif content is not None:
        target.write_text(content, "utf-8")
    _fails(capsys, ["regenerate", "--config", str(target)], expected)


def test_no_configuration_anywhere(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails(capsys, ["regenerate"], "no codegen.toml or pyproject.toml with [tool.codegen]")


def test_output_of_the_wrong_type(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "pyproject.toml").write_text(f"[tool.codegen]\noutput = 5\n\n{SERVICE}", "utf-8")
    _fails(capsys, ["regenerate"], "pyproject.toml:2: output must be a folder path", "got 5")
    assert not (folder / "generated").exists()


@pytest.mark.parametrize("rate", ["0", "-1", "nan", "fast"])
def test_fetch_rate_must_be_positive(folder: Path, capsys: pytest.CaptureFixture[str], rate: str) -> None:
    _fails(capsys, ["fetch", "https://example.invalid/a", "--into", "docs", "--rate", rate], "--rate", rate)


def test_fetch_into_a_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails(capsys, ["fetch", "https://example.invalid/a", "--into", "docs/page.txt"], "--into docs/page.txt: is a file")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["bogus"], "invalid choice: 'bogus'"),
        ([], "required: COMMAND"),
        (["parse"], "required: FILE"),
        (["parse", "x.html", "--format", "word"], "invalid choice: 'word'"),
        (["regenerate", "--chek"], "unrecognized arguments: --chek"),
        (["parse", "x.html", "--service", "Live"], "argument --service: expected a lower-case service name"),
        (["parse", "x.html", "--version", "2018"], "argument --version: expected an API version such as 2018-08-01"),
        (["fetch", "https://example.invalid/", "--into", "d", "--version", "v3"], "argument --version: expected"),
    ],
)
def test_usage_mistakes(folder: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str) -> None:
    _fails(capsys, argv, expected, "--help")


def test_a_source_pattern_that_matches_only_a_folder(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "pyproject.toml").write_text("[tool.codegen]\n\n" + SERVICE.replace("docs/*", "docs"), "utf-8")
    _fails(capsys, ["regenerate"], "source pattern 'docs' matches no readable file", "docs/ is a folder")


def test_a_source_pattern_that_matches_only_broken_links(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "links").mkdir()
    os.symlink("../gone.html", folder / "links" / "a.html")
    (folder / "pyproject.toml").write_text("[tool.codegen]\n\n" + SERVICE.replace("docs/*", "links/*"), "utf-8")
    _fails(capsys, ["regenerate"], "'links/*' matches no readable file", "a.html is a broken link")


def test_lint_without_configuration(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _fails(capsys, ["lint"], "no codegen.toml")


def test_the_installed_command_prints_no_traceback(folder: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "parse", "docs"], capture_output=True, text=True, cwd=folder
    )
    assert result.returncode == 2
    assert result.stderr == "codegen: error: docs: is a folder; pass the documents in it, e.g. docs/*\n"
