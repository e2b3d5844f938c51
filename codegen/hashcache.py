"""File hashes remembered by what `stat` says of the file, so an unchanged project is checked without reading it.

A file whose size, modification and change times and inode are as they were when it was hashed is not read again.
The change time cannot be set by hand, and any write moves it. An entry is trusted only when the file had not been
modified for two seconds when the cache was saved: a file written again within one timestamp tick of being hashed
could otherwise keep its times. Entries that could never be trusted (files modified within the two seconds before
the save) are not kept."""

from __future__ import annotations

import contextlib
import json
import os
import time
from hashlib import sha256
from pathlib import Path

_SETTLED_NS = 2_000_000_000
_VERSION = 1
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
# reading a file just written would otherwise update its access time, a write to the inode for every file hashed;
# the kernel allows it only to the file's owner
_NO_ATIME = getattr(os, "O_NOATIME", 0)


class HashCache:
    """SHA-256 hex digests of files by absolute path; `save` keeps them for the next run. A missing or unreadable
    cache is an empty one."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        # path → [size, mtime_ns, ctime_ns, inode, digest]
        self._entries: dict[str, list[int | str]] = {}
        self._trusted_before = 0  # files modified at or after this time (ns) are hashed again
        self._changed = False
        if path is not None:
            try:
                with open(path, "rb") as handle:
                    data = json.loads(handle.read())
                if data.get("version") == _VERSION and isinstance(data["files"], dict):
                    self._entries = data["files"]
                    self._trusted_before = int(data["saved_at"]) - _SETTLED_NS
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                self._entries = {}

    def digest(self, path: str) -> str | None:
        """The file's SHA-256 hex digest; None when it cannot be read."""
        entry = self._entries.get(path)
        if entry is not None:
            try:
                st = os.stat(path)
            except OSError:
                return None
            if (
                entry[1] == st.st_mtime_ns
                and entry[2] == st.st_ctime_ns
                and entry[0] == st.st_size
                and entry[3] == st.st_ino
                and max(st.st_mtime_ns, st.st_ctime_ns) < self._trusted_before
            ):
                return str(entry[4])
        return self._hash(path)

    def _hash(self, path: str) -> str | None:
        try:
            try:
                fd = os.open(path, _OPEN_FLAGS | _NO_ATIME)
            except PermissionError:  # not the file's owner
                fd = os.open(path, _OPEN_FLAGS)
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            want = st.st_size + 1  # one byte more than the size: a short read is the end of the file
            chunk = os.read(fd, want)
            hasher = sha256(chunk)
            while len(chunk) == want:
                chunk = os.read(fd, want)
                hasher.update(chunk)
        except OSError:
            return None
        finally:
            os.close(fd)
        digest = hasher.hexdigest()
        self._entries[path] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, digest]
        self._changed = True
        return digest

    def save(self) -> None:
        """Keep what was hashed for the next run; a cache that cannot be written is skipped, never an error."""
        if self.path is None or not self._changed:
            return
        saved_at = time.time_ns()
        settled = saved_at - _SETTLED_NS
        files = {p: e for p, e in self._entries.items() if max(int(e[1]), int(e[2])) < settled}
        data = {"version": _VERSION, "saved_at": saved_at, "files": files}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, separators=(",", ":")), "utf-8")
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

