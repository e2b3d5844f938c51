"""Request and response models of mps 2019-06-12: each class is imported from its own module on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .process_live_stream import ProcessLiveStreamRequest as ProcessLiveStreamRequest
    from .process_live_stream import ProcessLiveStreamResponse as ProcessLiveStreamResponse

_INDEX: dict[str, str] = {
    "ProcessLiveStreamRequest": "process_live_stream",
    "ProcessLiveStreamResponse": "process_live_stream",
}

__all__ = sorted(_INDEX)


def __getattr__(name: str) -> Any:
    module = _INDEX.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
