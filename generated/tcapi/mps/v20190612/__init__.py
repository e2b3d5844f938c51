"""mps 2019-06-12: typed client generated from the Tencent Cloud API documents.

    from tcapi.mps.v20190612 import MpsClient

Submodules load on first use: importing this package does not load the client, models or errors.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import errors as errors
    from . import models as models
    from . import structures as structures
    from .async_client import AsyncMpsClient as AsyncMpsClient
    from .client import MpsClient as MpsClient

__all__ = ["AsyncMpsClient", "MpsClient", "errors", "models", "structures"]

SERVICE = "mps"
VERSION = "2019-06-12"
ENDPOINT = "mps.tencentcloudapi.com"
REGIONS: tuple[str, ...] = ()


def __getattr__(name: str) -> Any:
    if name == "MpsClient":
        return getattr(importlib.import_module(".client", __name__), name)
    if name == "AsyncMpsClient":
        return getattr(importlib.import_module(".async_client", __name__), name)
    if name in ("errors", "models", "structures"):
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
