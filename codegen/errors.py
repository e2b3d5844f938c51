"""Errors the generator reports to its user."""

from __future__ import annotations


class CodegenError(Exception):
    """A problem the user can fix; printed without a traceback."""


class SourceError(CodegenError):
    """A source document the generator could not read, pointing at the place in it."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
        self.message = message

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, int, str]]:
        # rebuilt from its three parts when it crosses from a worker process
        return (SourceError, (self.path, self.line, self.message))


class ConfigError(CodegenError):
    """The project's [tool.codegen] configuration is missing or wrong."""
