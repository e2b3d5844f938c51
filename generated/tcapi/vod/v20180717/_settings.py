"""Settings shared by the sync and async clients of vod 2018-07-17."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Mapping, NoReturn

if TYPE_CHECKING:
    from tcapi.runtime.errors import APIError


class ServiceSettings:
    """What the documents say about the service: endpoint, regions, rate limits, read-only actions, errors."""

    _service = "vod"
    _version = "2018-07-17"
    _endpoint = "vod.tencentcloudapi.com"
    _regions: frozenset[str] = frozenset([])
    _rate_limits: Mapping[str, int] = {"LiveRealTimeClip": 100}
    _read_only: frozenset[str] = frozenset([])

    @property
    def _errors(self) -> Mapping[str, type[APIError]]:
        from .errors import ERRORS

        return ERRORS


def _instead(replacement: str | None) -> str:
    return f"use {replacement} instead" if replacement else "the documents name no replacement"


def offline(action: str, replacement: str | None, note: str) -> NoReturn:
    """Raise the error of an action the documents know only as offline, naming its replacement."""
    from .errors import LegacyActionError

    raise LegacyActionError(
        f"{action} is listed as offline ({note}); {_instead(replacement)}. "
        f"It stays reachable through client.call({action!r}, {{...}})."
    )


def deprecated(action: str, replacement: str | None, note: str) -> None:
    """Warn that the documents mark `action` deprecated or offline, naming its replacement."""
    warnings.warn(f"{action} is deprecated ({note}); {_instead(replacement)}", DeprecationWarning, stacklevel=3)
