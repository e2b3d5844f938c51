"""The runtime every generated Tencent Cloud client package shares (``tcapi.runtime``).

Modules:

* :mod:`.client`: ``BaseClient`` / ``AsyncBaseClient`` (what generated clients subclass), ``CallOptions``,
  ``ApiResult``, ``RawResponse``;
* :mod:`.errors`: the exception hierarchy, the common error codes, ``resolve_error_class``;
* :mod:`.credentials`: ``Credential`` and the environment, profile-file and refreshing providers;
* :mod:`.signing`: TC3-HMAC-SHA256; :mod:`.retry`: ``RetryPolicy`` and the retry rule;
  :mod:`.ratelimit`: per-action token buckets.

Importing this package loads only the ``UNSET`` sentinel; the other names below are imported on first
access, so ``import tcapi.runtime`` stays well under a millisecond and never imports httpx.
"""

from __future__ import annotations

from ._unset import UNSET, Unset

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .client import ApiResult, AsyncBaseClient, BaseClient, CallOptions, RawResponse
    from .credentials import (
        Credential,
        CredentialProvider,
        EnvCredentialProvider,
        ProfileCredentialProvider,
        RefreshingCredentialProvider,
        default_credential_chain,
    )
    from .errors import (
        APIError,
        ConfigurationError,
        CredentialError,
        InvalidResponseError,
        LegacyActionError,
        NetworkError,
        Problem,
        RegionError,
        RequestTimeoutError,
        ServerError,
        TencentCloudError,
        ValidationError,
    )
    from .ratelimit import RateLimiter
    from .retry import RetryPolicy

__version__ = "0.1.0"

_LAZY = {
    "ApiResult": "client",
    "AsyncBaseClient": "client",
    "BaseClient": "client",
    "CallOptions": "client",
    "RawResponse": "client",
    "Credential": "credentials",
    "CredentialProvider": "credentials",
    "EnvCredentialProvider": "credentials",
    "ProfileCredentialProvider": "credentials",
    "RefreshingCredentialProvider": "credentials",
    "default_credential_chain": "credentials",
    "APIError": "errors",
    "ConfigurationError": "errors",
    "CredentialError": "errors",
    "InvalidResponseError": "errors",
    "LegacyActionError": "errors",
    "NetworkError": "errors",
    "Problem": "errors",
    "RegionError": "errors",
    "RequestTimeoutError": "errors",
    "ServerError": "errors",
    "TencentCloudError": "errors",
    "ValidationError": "errors",
    "RateLimiter": "ratelimit",
    "RetryPolicy": "retry",
}

__all__ = ["UNSET", "Unset", "__version__", *_LAZY]


def __getattr__(name: str) -> object:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module_name}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
