"""The configuration says what is wrong: unknown keys with the nearest valid one, wrong types, wrong shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.config import load_config
from codegen.errors import ConfigError

SERVICE = '[[tool.codegen.service]]\nname = "mps"\nversion = "2019-06-12"\nsources = ["docs/*"]\n'


def _error(tmp_path: Path, text: str, name: str = "pyproject.toml") -> str:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / name).write_text(text, "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / name)
    return str(caught.value)


@pytest.mark.parametrize(
    ("line", "key", "suggestion"),
    [
        ('ouput = "gen"', "ouput", "did you mean 'output'?"),
        ('spec = "s"', "spec", "did you mean 'specs'?"),
        ('pakage = "x"', "pakage", "did you mean 'package'?"),
        ("colour = true", "colour", "expected one of package, output, specs, openapi, distribution, service"),
    ],
)
def test_an_unknown_top_level_key(tmp_path: Path, line: str, key: str, suggestion: str) -> None:
    message = _error(tmp_path, f'[tool.codegen]\npackage = "x"\n{line}\n\n{SERVICE}')
    assert message == f"{tmp_path / 'pyproject.toml'}:3: unknown key {key!r}; {suggestion}"


def test_an_unknown_service_key_names_the_line_in_its_own_table(tmp_path: Path) -> None:
    second = SERVICE.replace('"mps"', '"vod"').replace("sources", "source")
    message = _error(tmp_path, f"[tool.codegen]\n\n{SERVICE}\n{second}")
    assert message == f"{tmp_path / 'pyproject.toml'}:11: unknown key 'source'; did you mean 'sources'?"


def test_a_misspelt_formats_key(tmp_path: Path) -> None:
    message = _error(tmp_path, f'[tool.codegen]\n\n{SERVICE}format = {{"a.txt" = "pagetext"}}\n')
    assert "unknown key 'format'; did you mean 'formats'?" in message


def test_an_unknown_format_suggests_a_reader(tmp_path: Path) -> None:
    message = _error(tmp_path, f'[tool.codegen]\n\n{SERVICE}formats = {{"a.txt" = "markdwn"}}\n')
    assert ":7: formats: 'a.txt' = 'markdwn' is not a format; did you mean 'markdown'?" in message


def test_formats_maps_file_names_to_readers(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "pyproject.toml").write_text(f'[tool.codegen]\n\n{SERVICE}formats = {{"a.txt" = "pdftext"}}\n')
    assert load_config(tmp_path / "pyproject.toml").services[0].formats == {"a.txt": "pdftext"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("output = 5", ":2: output must be a folder path in quotes, e.g. output = 'generated', got 5"),
        ('specs = ["spec"]', ":2: specs must be a folder path in quotes, e.g. specs = 'spec', got ['spec']"),
        ("package = 3", ":2: package must be a lower-case Python identifier, got 3"),
        ('package = "class"', ":2: package must be a lower-case Python identifier, got 'class'"),
        ('package = "json"', ":2: package 'json' would hide the module of that name"),
        ('package = "httpx"', ":2: package 'httpx' would hide the module of that name"),
        ('output = "  "', ":2: output must be a folder path"),
    ],
)
def test_a_value_of_the_wrong_type(tmp_path: Path, line: str, expected: str) -> None:
    message = _error(tmp_path, f"[tool.codegen]\n{line}\n\n{SERVICE}")
    assert message.startswith(str(tmp_path / "pyproject.toml") + expected)


def test_sources_of_the_wrong_type(tmp_path: Path) -> None:
    message = _error(tmp_path, "[tool.codegen]\n\n" + SERVICE.replace('["docs/*"]', '"docs/*"'))
    assert (
        message
        == f"{tmp_path / 'pyproject.toml'}:6: sources must be a non-empty list of paths or glob patterns, got 'docs/*'"
    )


def test_a_single_service_table_instead_of_a_list(tmp_path: Path) -> None:
    message = _error(
        tmp_path, "[tool.codegen]\n\n" + SERVICE.replace("[[tool.codegen.service]]", "[tool.codegen.service]")
    )
    assert "service must be a list of tables: write each service under its own [[tool.codegen.service]]" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SERVICE, "found [tool.codegen...] tables; codegen.toml takes the keys at its top level"),
        ('[codegen]\npackage = "x"\n', "found [codegen] tables; codegen.toml takes the keys at its top level"),
    ],
)
def test_a_codegen_toml_with_pyproject_shaped_headers(tmp_path: Path, text: str, expected: str) -> None:
    message = _error(tmp_path, text, "codegen.toml")
    assert expected in message
    assert "[[service]]" in message
    assert "no [[tool.codegen.service]] entries" not in message


def test_a_pyproject_with_codegen_toml_shaped_headers(tmp_path: Path) -> None:
    message = _error(tmp_path, '[project]\nname = "x"\n\n[[service]]\nname = "mps"\n')
    assert "in pyproject.toml write them as [tool.codegen] and [[tool.codegen.service]]" in message


def test_a_codegen_toml_unknown_service_key(tmp_path: Path) -> None:
    text = 'package = "x"\n\n[[service]]\nname = "mps"\nversoin = "2019-06-12"\nsources = ["docs/*"]\n'
    assert _error(tmp_path, text, "codegen.toml").endswith(
        "codegen.toml:5: unknown key 'versoin'; did you mean 'version'?"
    )


def test_no_services(tmp_path: Path) -> None:
    message = _error(tmp_path, '[tool.codegen]\npackage = "x"\n')
    assert "no services: add a [[tool.codegen.service]] table with name, version and sources" in message


def test_a_service_table_alone_is_found_without_a_codegen_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n' + SERVICE, "utf-8")
    monkeypatch.chdir(tmp_path / "docs")
    config = load_config()
    assert config.file == tmp_path / "pyproject.toml"
    assert [s.name for s in config.services] == ["mps"]
