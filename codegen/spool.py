"""Texts kept in an anonymous temporary file instead of memory, each read back when asked for."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Mapping


class Spool(Mapping[str, str]):
    """Texts by name, held in a temporary file that disappears with the process; the names and each text's place
    stay in memory. Adding a name again replaces its text."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._end = 0
        self._writing = True  # the file's position is its end: adding needs no seek
        self._places: dict[str, tuple[int, int]] = {}

    def __setitem__(self, name: str, text: str) -> None:
        data = text.encode("utf-8", "surrogatepass")
        if not self._writing:
            self._file.seek(self._end)
            self._writing = True
        self._file.write(data)
        self._places[name] = (self._end, len(data))
        self._end += len(data)

    def __getitem__(self, name: str) -> str:
        start, size = self._places[name]
        self._file.seek(start)
        self._writing = False
        return self._file.read(size).decode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, name: object) -> bool:
        return name in self._places

    def close(self) -> None:
        self._file.close()
