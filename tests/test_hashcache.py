"""File hashes remembered between runs: trusted only while the file's stat is unchanged and settled."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest

from codegen.hashcache import HashCache


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _saved_later(cache: HashCache, monkeypatch: pytest.MonkeyPatch, seconds: float = 5) -> None:
    """Save as if the files had settled: the cache's clock is `seconds` ahead."""
    now = time.time_ns()
    monkeypatch.setattr("codegen.hashcache.time.time_ns", lambda: now + int(seconds * 1e9))
    cache.save()
    monkeypatch.undo()


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files opened from now on through `os.open`, the call the cache hashes a file with."""
    opened: list[str] = []
    real_open = os.open

    def spy(path: str, flags: int, *args: int, **kwargs: int) -> int:
        opened.append(path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    return opened


def test_a_settled_unchanged_file_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"one")
    store = tmp_path / "cache" / "hashes.json"
    first = HashCache(store)
    assert first.digest(str(page)) == _sha(b"one")
    _saved_later(first, monkeypatch)
    opened = _reads(monkeypatch)
    assert HashCache(store).digest(str(page)) == _sha(b"one")
    assert opened == []


def test_a_rewrite_keeping_size_and_modification_time_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"one")
    before = page.stat()
    store = tmp_path / "hashes.json"
    first = HashCache(store)
    first.digest(str(page))
    _saved_later(first, monkeypatch)
    time.sleep(0.01)
    page.write_bytes(b"two")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time still moves
    assert HashCache(store).digest(str(page)) == _sha(b"two")


def test_a_file_modified_just_before_the_save_is_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"one")
    store = tmp_path / "hashes.json"
    first = HashCache(store)
    first.digest(str(page))
    first.save()  # within the two seconds in which a rewrite could keep the file's times
    opened = _reads(monkeypatch)
    assert HashCache(store).digest(str(page)) == _sha(b"one")
    assert opened == [str(page)]


@pytest.mark.parametrize("content", ["", "not json", '{"version": 1}', '{"version": 1, "files": 3, "saved_at": 0}', "[]"])
def test_a_broken_cache_is_an_empty_one(tmp_path: Path, content: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"one")
    store = tmp_path / "hashes.json"
    store.write_text(content, "utf-8")
    assert HashCache(store).digest(str(page)) == _sha(b"one")


def test_a_missing_file_has_no_hash_and_an_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder would go", "utf-8")
    cache = HashCache(blocker / "hashes.json")
    assert cache.digest(str(tmp_path / "absent.txt")) is None
    page = tmp_path / "page.txt"
    page.write_bytes(b"one")
    cache.digest(str(page))
    cache.save()
    assert blocker.read_text("utf-8").startswith("a file")


def test_a_file_of_another_owner_is_hashed_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"one")
    real_open = os.open

    def not_the_owner(path: str, flags: int, *args: int) -> int:
        if flags & getattr(os, "O_NOATIME", 0):
            raise PermissionError(1, "Operation not permitted", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", not_the_owner)
    assert HashCache(None).digest(str(page)) == _sha(b"one")


def test_a_file_larger_than_its_stat_said_is_hashed_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"x" * 10_000)
    real_fstat = os.fstat

    def stale_size(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10, *st[7:10]))

    monkeypatch.setattr(os, "fstat", stale_size)
    assert HashCache(None).digest(str(page)) == _sha(b"x" * 10_000)
