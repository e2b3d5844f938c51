"""File hashes remembered by what `stat` says of the file, so an unchanged project is checked without reading it.

A file whose size, modification and change times and inode are as they were when it was hashed is not read again.
The change time cannot be set by hand, and any write moves it. An entry is trusted only when the file had not been
modified for two seconds when the cache was saved: a file written again within one timestamp tick of being hashed
could otherwise keep its times."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from pathlib import Path

_SETTLED_NS = 2_000_000_000
_VERSION = 1


class HashCache:
    """SHA-256 hex digests of files by absolute path; `save` keeps them for the next run. A missing or unreadable
    cache is an empty one."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, list[int | str]] = {}
        self._saved_at = 0
        self._changed = False
        if path is not None:
            try:
                data = json.loads(path.read_text("utf-8"))
                if data.get("version") == _VERSION and isinstance(data["files"], dict):
                    self._entries = data["files"]
                    self._saved_at = int(data["saved_at"])
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                self._entries = {}

    def digest(self, path: str) -> str | None:
        """The file's SHA-256 hex digest; None when it cannot be read."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        key: list[int | str] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        entry = self._entries.get(path)
        if entry is not None and entry[:4] == key and max(st.st_mtime_ns, st.st_ctime_ns) < self._saved_at - _SETTLED_NS:
            return str(entry[4])
        try:
            with open(path, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        except OSError:
            return None
        self._entries[path] = [*key, digest]
        self._changed = True
        return digest

    def save(self) -> None:
        """Keep what was hashed for the next run; a cache that cannot be written is skipped, never an error."""
        if self.path is None or not self._changed:
            return
        data = {"version": _VERSION, "saved_at": time.time_ns(), "files": self._entries}
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, separators=(",", ":")), "utf-8")
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
