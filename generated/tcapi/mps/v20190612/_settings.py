"""Settings shared by the sync and async clients of mps 2019-06-12."""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, NoReturn

if TYPE_CHECKING:
    from tcapi.runtime.errors import APIError


class ServiceSettings:
    """What the documents say about the service: endpoint, regions, rate limits, read-only actions, errors."""

    _service = "mps"
    _version = "2019-06-12"
    _endpoint = "mps.tencentcloudapi.com"
    _regions: frozenset[str] = frozenset([])
    _rate_limits: Mapping[str, int] = {"ProcessLiveStream": 100}
    _read_only: frozenset[str] = frozenset([])

    @property
    def _errors(self) -> Mapping[str, type[APIError]]:
        from .errors import ERRORS

        return ERRORS


def legacy(action: str, replacement: str | None, note: str) -> NoReturn:
    """Raise the error of an offline interface, naming its API 3.0 replacement."""
    from .errors import LegacyActionError

    hint = f"use {replacement} instead" if replacement else "it has no documented API 3.0 replacement"
    raise LegacyActionError(f"{action} is an offline legacy interface ({note}); {hint}")
