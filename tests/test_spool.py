"""The spool gives back exactly the texts put in, however many and whatever they hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.spool import Spool


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(max_size=20), st.text(max_size=300), max_size=30))
def test_texts_come_back_unchanged(texts: dict[str, str]) -> None:
    spool = Spool()
    for name, text in texts.items():
        spool[name] = text
    assert dict(spool) == texts
    assert len(spool) == len(texts) and all(name in spool for name in texts)
    spool.close()


def test_a_name_added_again_holds_the_last_text_and_order_is_kept() -> None:
    spool = Spool()
    spool["b.py"] = "first"
    spool["a.py"] = "接口描述 \U0001f600 \ud800"
    spool["b.py"] = "second, longer than the first"
    assert list(spool) == ["b.py", "a.py"]
    assert spool["b.py"] == "second, longer than the first"
    assert spool["a.py"] == "接口描述 \U0001f600 \ud800"
    assert "c.py" not in spool and spool.get("c.py") is None
    spool.close()


def test_texts_larger_than_a_write_piece_and_many_small_ones_mixed() -> None:
    spool = Spool()
    texts = {f"f{i}.py": ("中" if i % 2 else "x") * (i * 997 % 70_000) for i in range(200)}
    texts["big.py"] = "y" * 3_000_000
    for name, text in texts.items():
        spool[name] = text
        assert spool[name] == text  # read back at once, before and after the pending bytes are written
    assert dict(spool) == texts
    spool.close()
