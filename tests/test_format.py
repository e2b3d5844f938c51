"""Chunked formatting gives exactly what black gives for the whole module, and the cache is used."""

from __future__ import annotations

from pathlib import Path

import black
import pytest

from codegen.render import render_service
from codegen.render.format import CHUNK, FormatCache, black_mode, format_all
from codegen.spec.io import load_spec

SPEC = Path(__file__).resolve().parents[1] / "spec"


@pytest.mark.parametrize("spec_name", ["vod-2018-07-17.json", "live-2018-08-01.json"])
def test_chunked_client_equals_black_on_the_whole_module(spec_name: str, tmp_path: Path) -> None:
    files = render_service(load_spec(SPEC / spec_name), "tcapi")
    clients = {p: s for p, s in files.items() if p.endswith(("/client.py", "/async_client.py"))}
    assert all(CHUNK in s for s in clients.values())
    formatted, ran = format_all(clients, FormatCache(tmp_path))
    assert ran > len(clients)  # heads and methods were formatted as separate pieces
    for path, source in clients.items():
        whole = black.format_str(source.replace(f"\n{CHUNK}\n", "\n"), mode=black_mode())
        assert formatted[path] == whole, path
    again, ran_again = format_all(clients, FormatCache(tmp_path))
    assert again == formatted and ran_again == 0


def test_editing_one_method_reformats_one_piece(tmp_path: Path) -> None:
    source = (
        'class A:\n    """Doc."""\n\n    def f(self):\n        return 1\n'
        + f"\n{CHUNK}\n"
        + "    def g(self) :\n        return  2\n"
    )
    cache = FormatCache(tmp_path)
    first, ran = format_all({"m.py": source}, cache)
    assert ran == 2
    assert first["m.py"] == black.format_str(source.replace(f"\n{CHUNK}\n", "\n"), mode=black_mode())
    edited = source.replace("return  2", "return  3")
    second, ran = format_all({"m.py": edited}, cache)
    assert ran == 1 and "return 3" in second["m.py"]
