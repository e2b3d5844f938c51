"""Request and response models of vod 2018-07-17: each class is imported from its own module on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .live_real_time_clip import LiveRealTimeClipRequest as LiveRealTimeClipRequest
    from .live_real_time_clip import LiveRealTimeClipResponse as LiveRealTimeClipResponse

_INDEX: dict[str, str] = {
    "LiveRealTimeClipRequest": "live_real_time_clip",
    "LiveRealTimeClipResponse": "live_real_time_clip",
}

__all__ = sorted(_INDEX)


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
