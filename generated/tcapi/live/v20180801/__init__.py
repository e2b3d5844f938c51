"""live 2018-08-01: typed client generated from the Tencent Cloud API documents.

    from tcapi.live.v20180801 import LiveClient

Submodules load on first use: importing this package does not load the client, models or errors.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import errors as errors
    from . import models as models
    from . import structures as structures
    from .async_client import AsyncLiveClient as AsyncLiveClient
    from .client import LiveClient as LiveClient

__all__ = ["AsyncLiveClient", "LiveClient", "errors", "models", "structures"]

SERVICE = "live"
VERSION = "2018-08-01"
ENDPOINT = "live.tencentcloudapi.com"
REGIONS: tuple[str, ...] = (
    "ap-bangkok",
    "ap-beijing",
    "ap-chongqing",
    "ap-guangzhou",
    "ap-hongkong",
    "ap-seoul",
    "ap-shanghai",
    "ap-singapore",
    "ap-tokyo",
    "eu-frankfurt",
    "na-ashburn",
    "na-siliconvalley",
)


def __getattr__(name: str) -> Any:
    if name == "LiveClient":
        return getattr(importlib.import_module(".client", __name__), name)
    if name == "AsyncLiveClient":
        return getattr(importlib.import_module(".async_client", __name__), name)
    if name in ("errors", "models", "structures"):
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
