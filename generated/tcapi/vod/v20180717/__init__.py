"""vod 2018-07-17: typed client generated from the Tencent Cloud API documents.

    from tcapi.vod.v20180717 import VodClient

Submodules load on first use: importing this package does not load the client, models or errors.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import errors as errors
    from . import models as models
    from . import structures as structures
    from .async_client import AsyncVodClient as AsyncVodClient
    from .client import VodClient as VodClient

__all__ = ["AsyncVodClient", "VodClient", "errors", "models", "structures"]

SERVICE = "vod"
VERSION = "2018-07-17"
ENDPOINT = "vod.tencentcloudapi.com"
REGIONS: tuple[str, ...] = ()


def __getattr__(name: str) -> Any:
    if name == "VodClient":
        return getattr(importlib.import_module(".client", __name__), name)
    if name == "AsyncVodClient":
        return getattr(importlib.import_module(".async_client", __name__), name)
    if name in ("errors", "models", "structures"):
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
