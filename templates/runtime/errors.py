"""Everything the runtime raises.

Hierarchy::

    TencentCloudError                 base of every exception raised by the runtime
    ├── APIError                      the API answered {"Response": {"Error": {"Code", "Message"}}}
    │   └── one class per error code  (COMMON_ERRORS below, generated per-service classes on top)
    ├── NetworkError                  no usable response: connection refused/reset, DNS, dropped connection
    │   └── RequestTimeoutError       connect, write, read or pool timeout
    ├── ServerError                   an HTTP status other than 200 without an API error body (5xx, gateways)
    ├── InvalidResponseError          HTTP 200 but the body is not JSON or has no "Response" object
    ├── ValidationError               the request was rejected locally, before sending (``problems``)
    ├── CredentialError               no credential could be found, or a refresh failed
    ├── RegionError                   the region is not one the service documents
    ├── ConfigurationError            an invalid client argument (endpoint, language, method, headers)
    └── LegacyActionError             a method of an action known only as offline (reachable through ``call``)

``NetworkError.request_sent`` tells whether the request may have reached the server: ``False`` for
failures while connecting (nothing was sent, retrying is always safe), ``True`` once bytes were written
(the server may have applied it).  The retry rule in :mod:`.retry` is built on that distinction.

Messages and reprs never contain a secret key or a session token.

This module is imported by generated code at import time, so it imports nothing beyond builtins.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

__all__ = [
    "TencentCloudError",
    "APIError",
    "NetworkError",
    "RequestTimeoutError",
    "ServerError",
    "InvalidResponseError",
    "ValidationError",
    "Problem",
    "CredentialError",
    "RegionError",
    "ConfigurationError",
    "LegacyActionError",
    "resolve_error_class",
    "COMMON_ERRORS",
]


def _rebuild(cls: type[TencentCloudError], args: tuple[Any, ...], state: dict[str, Any]) -> TencentCloudError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class TencentCloudError(Exception):
    """Base class of every exception the runtime raises.

    ``action`` is the API action being called (empty when not known), ``attempts`` how many HTTP attempts
    were made before the error was raised (1 when it was not retried).
    """

    action: str = ""
    attempts: int = 1

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not survive the default exception pickling; rebuild from state.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class APIError(TencentCloudError):
    """The API processed the request and answered with an error code.

    ``code`` is the full code (``InvalidParameterValue.ClipDuration``), ``message`` the API's text (it changes
    over time: do not parse it), ``request_id`` the RequestId to quote to support, ``action`` the action.
    Subclasses set the class attribute ``code`` to the code they stand for.
    """

    code: str = ""

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        request_id: str = "",
        action: str = "",
    ) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        else:
            self.code = type(self).code
        self.message = message
        self.request_id = request_id
        self.action = action

    def __str__(self) -> str:
        details = []
        if self.request_id:
            details.append(f"RequestId={self.request_id}")
        if self.action:
            details.append(f"Action={self.action}")
        suffix = f" ({', '.join(details)})" if details else ""
        return f"[{self.code}] {self.message}{suffix}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"request_id={self.request_id!r}, action={self.action!r})"
        )


class NetworkError(TencentCloudError):
    """The request got no usable HTTP response (refused, reset, DNS failure, dropped connection).

    ``request_sent`` is ``False`` when the failure happened before any byte of the request was sent
    (connecting, waiting for a pooled connection): the server cannot have seen it.  ``True`` means the
    server may have received and applied the request.
    """

    def __init__(self, message: str, *, request_sent: bool, action: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.request_sent = request_sent
        self.action = action
        self.url = url

    def __str__(self) -> str:
        where = f" calling {self.action}" if self.action else ""
        at = f" at {self.url}" if self.url else ""
        sent = "after the request was sent" if self.request_sent else "before the request was sent"
        return f"{self.message}{where}{at} ({sent})"


class RequestTimeoutError(NetworkError):
    """A timeout expired.  ``phase`` is ``"connect"``, ``"pool"``, ``"write"`` or ``"read"``.

    Connect and pool timeouts happen before anything is sent (``request_sent`` is ``False``); write and read
    timeouts after (the server may still apply the request).
    """

    def __init__(
        self,
        message: str,
        *,
        phase: str,
        request_sent: bool,
        timeout: float | None = None,
        action: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message, request_sent=request_sent, action=action, url=url)
        self.phase = phase
        self.timeout = timeout


class ServerError(TencentCloudError):
    """The server (or a gateway in front of it) answered with an HTTP status other than 200 and no API error.

    ``status_code`` is the HTTP status, ``body`` the first bytes of the body as text, ``request_id`` the
    RequestId when the body carried one.
    """

    def __init__(
        self,
        status_code: int,
        *,
        body: str = "",
        request_id: str = "",
        action: str = "",
    ) -> None:
        super().__init__(status_code)
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.action = action

    def __str__(self) -> str:
        where = f" for {self.action}" if self.action else ""
        rid = f" (RequestId={self.request_id})" if self.request_id else ""
        body = f": {self.body}" if self.body else ""
        return f"HTTP {self.status_code}{where}{rid}{body}"


class InvalidResponseError(TencentCloudError):
    """The server answered HTTP 200 with a body that is not the API's JSON envelope.

    ``reason`` says what was wrong (not JSON, no ``Response`` object, malformed ``Error``), ``body`` holds
    the first bytes of the body as text.
    """

    def __init__(self, reason: str, *, status_code: int = 200, body: str = "", action: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.status_code = status_code
        self.body = body
        self.action = action

    def __str__(self) -> str:
        where = f" from {self.action}" if self.action else ""
        body = f": {self.body!r}" if self.body else ""
        return f"invalid response{where} (HTTP {self.status_code}): {self.reason}{body}"


class Problem:
    """One validation problem: ``path`` names the attribute as the caller wrote it (``filters[0].name``),
    ``message`` what is wrong.

    An immutable record with value equality (a hand-written equivalent of ``@dataclass(frozen=True)``:
    ``dataclasses`` costs milliseconds at import time and this module is on the import path of every
    generated package).
    """

    __slots__ = ("path", "message")
    __match_args__ = ("path", "message")

    path: str
    message: str

    def __init__(self, path: str, message: str) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "message", message)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Problem is immutable; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Problem is immutable; cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return self.path == other.path and self.message == other.message

    def __hash__(self) -> int:
        return hash((self.path, self.message))

    def __repr__(self) -> str:
        return f"Problem(path={self.path!r}, message={self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (Problem, (self.path, self.message))

    def __str__(self) -> str:
        return f"{self.path or '<request>'}: {self.message}"


class ValidationError(TencentCloudError, ValueError):
    """The request was rejected locally before anything was sent; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem], *, action: str = "") -> None:
        self.problems: list[Problem] = list(problems)
        self.action = action
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f" for {self.action}" if self.action else ""
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"invalid request{where}: {count} {noun}"]
        lines.extend(f"  - {problem}" for problem in self.problems)
        return "\n".join(lines)


class CredentialError(TencentCloudError):
    """No credential could be found or built, or refreshing a temporary credential failed."""


class RegionError(TencentCloudError, ValueError):
    """The region is not one the service documents.  ``valid`` lists the regions that are."""

    def __init__(self, region: str, valid: Iterable[str], *, service: str = "") -> None:
        self.region = region
        self.valid = sorted(valid)
        self.service = service
        super().__init__(self.__str__())

    def __str__(self) -> str:
        service = f" for service {self.service!r}" if self.service else ""
        return f"unknown region {self.region!r}{service}; valid regions: {', '.join(self.valid)}"


class ConfigurationError(TencentCloudError, ValueError):
    """An invalid client or call argument: endpoint, language, HTTP method, reserved header, timeout."""


class LegacyActionError(TencentCloudError):
    """Raised by the method of an action the documents list only as offline; the message names its replacement
    and how to reach the action anyway (``client.call``)."""


def resolve_error_class(code: str, registry: Mapping[str, type[APIError]]) -> type[APIError]:
    """The class for an error ``code``: the exact code, else its dotted parents, else :class:`APIError`.

    ``A.B.C`` is looked up as ``A.B.C``, then ``A.B``, then ``A``.
    """
    candidate = code
    while True:
        cls = registry.get(candidate)
        if cls is not None:
            return cls
        dot = candidate.rfind(".")
        if dot <= 0:
            return APIError
        candidate = candidate[:dot]


# ---------------------------------------------------------------------------------------------------------
# Common error codes ("公共错误码", shared by every Tencent Cloud API 3.0 service).  Class names join the
# dotted code and end in "Error".  A generated service error whose code (or dotted parent) is listed here
# should derive from the class here, so that ``except RequestLimitExceededError`` catches it everywhere.
# The retry rule recognises codes by their text, not by class, so it works for unknown codes too.


class ActionOfflineError(APIError):
    """接口已下线。The action has been taken offline."""

    code = "ActionOffline"


class AuthFailureError(APIError):
    """CAM 签名/鉴权错误。Signature or authentication failure (parent of every ``AuthFailure.*`` code)."""

    code = "AuthFailure"


class AuthFailureInvalidAuthorizationError(AuthFailureError):
    """请求头部的 Authorization 不符合腾讯云标准。"""

    code = "AuthFailure.InvalidAuthorization"


class AuthFailureInvalidSecretIdError(AuthFailureError):
    """密钥非法（不是云 API 密钥类型）。"""

    code = "AuthFailure.InvalidSecretId"


class AuthFailureMFAFailureError(AuthFailureError):
    """MFA 错误。"""

    code = "AuthFailure.MFAFailure"


class AuthFailureSecretIdNotFoundError(AuthFailureError):
    """密钥不存在。"""

    code = "AuthFailure.SecretIdNotFound"


class AuthFailureSignatureExpireError(AuthFailureError):
    """签名过期。Timestamp 和服务器时间相差不得超过五分钟。"""

    code = "AuthFailure.SignatureExpire"


class AuthFailureSignatureFailureError(AuthFailureError):
    """签名错误。"""

    code = "AuthFailure.SignatureFailure"


class AuthFailureTokenFailureError(AuthFailureError):
    """token 错误。"""

    code = "AuthFailure.TokenFailure"


class AuthFailureUnauthorizedOperationError(AuthFailureError):
    """请求未授权。"""

    code = "AuthFailure.UnauthorizedOperation"


class DryRunOperationError(APIError):
    """DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。"""

    code = "DryRunOperation"


class FailedOperationError(APIError):
    """操作失败。"""

    code = "FailedOperation"


class InternalError(APIError):
    """内部错误。"""

    code = "InternalError"


class InvalidActionError(APIError):
    """接口不存在。"""

    code = "InvalidAction"


class InvalidParameterError(APIError):
    """参数错误（包括参数格式、类型等错误）。"""

    code = "InvalidParameter"


class InvalidParameterValueError(APIError):
    """参数取值错误。"""

    code = "InvalidParameterValue"


class InvalidRequestError(APIError):
    """请求 body 的 multipart 格式错误。"""

    code = "InvalidRequest"


class IpInBlacklistError(APIError):
    """IP 地址在黑名单中。"""

    code = "IpInBlacklist"


class IpNotInWhitelistError(APIError):
    """IP 地址不在白名单中。"""

    code = "IpNotInWhitelist"


class LimitExceededError(APIError):
    """超过配额限制。"""

    code = "LimitExceeded"


class MissingParameterError(APIError):
    """缺少参数。"""

    code = "MissingParameter"


class NoSuchProductError(APIError):
    """产品不存在。"""

    code = "NoSuchProduct"


class NoSuchVersionError(APIError):
    """接口版本不存在。"""

    code = "NoSuchVersion"


class RequestLimitExceededError(APIError):
    """请求的次数超过了频率限制。The request was throttled (rejected, not applied)."""

    code = "RequestLimitExceeded"


class RequestLimitExceededGlobalRegionUinLimitExceededError(RequestLimitExceededError):
    """主账号超过频率限制。"""

    code = "RequestLimitExceeded.GlobalRegionUinLimitExceeded"


class RequestLimitExceededIPLimitExceededError(RequestLimitExceededError):
    """IP 限频。"""

    code = "RequestLimitExceeded.IPLimitExceeded"


class RequestLimitExceededUinLimitExceededError(RequestLimitExceededError):
    """主账号限频。"""

    code = "RequestLimitExceeded.UinLimitExceeded"


class RequestSizeLimitExceededError(APIError):
    """请求包超过限制大小。"""

    code = "RequestSizeLimitExceeded"


class ResourceInUseError(APIError):
    """资源被占用。"""

    code = "ResourceInUse"


class ResourceInsufficientError(APIError):
    """资源不足。"""

    code = "ResourceInsufficient"


class ResourceNotFoundError(APIError):
    """资源不存在。"""

    code = "ResourceNotFound"


class ResourceUnavailableError(APIError):
    """资源不可用。"""

    code = "ResourceUnavailable"


class ResponseSizeLimitExceededError(APIError):
    """返回包超过限制大小。"""

    code = "ResponseSizeLimitExceeded"


class ServiceUnavailableError(APIError):
    """当前服务暂时不可用。"""

    code = "ServiceUnavailable"


class UnauthorizedOperationError(APIError):
    """未授权操作。"""

    code = "UnauthorizedOperation"


class UnknownParameterError(APIError):
    """未知参数错误，用户多传未定义的参数会导致错误。"""

    code = "UnknownParameter"


class UnsupportedOperationError(APIError):
    """操作不支持。"""

    code = "UnsupportedOperation"


class UnsupportedProtocolError(APIError):
    """http(s) 请求协议错误，只支持 GET 和 POST 请求。"""

    code = "UnsupportedProtocol"


class UnsupportedRegionError(APIError):
    """接口不支持所传地域。"""

    code = "UnsupportedRegion"


COMMON_ERRORS: Mapping[str, type[APIError]] = {
    cls.code: cls
    for cls in (
        ActionOfflineError,
        AuthFailureError,
        AuthFailureInvalidAuthorizationError,
        AuthFailureInvalidSecretIdError,
        AuthFailureMFAFailureError,
        AuthFailureSecretIdNotFoundError,
        AuthFailureSignatureExpireError,
        AuthFailureSignatureFailureError,
        AuthFailureTokenFailureError,
        AuthFailureUnauthorizedOperationError,
        DryRunOperationError,
        FailedOperationError,
        InternalError,
        InvalidActionError,
        InvalidParameterError,
        InvalidParameterValueError,
        InvalidRequestError,
        IpInBlacklistError,
        IpNotInWhitelistError,
        LimitExceededError,
        MissingParameterError,
        NoSuchProductError,
        NoSuchVersionError,
        RequestLimitExceededError,
        RequestLimitExceededGlobalRegionUinLimitExceededError,
        RequestLimitExceededIPLimitExceededError,
        RequestLimitExceededUinLimitExceededError,
        RequestSizeLimitExceededError,
        ResourceInUseError,
        ResourceInsufficientError,
        ResourceNotFoundError,
        ResourceUnavailableError,
        ResponseSizeLimitExceededError,
        ServiceUnavailableError,
        UnauthorizedOperationError,
        UnknownParameterError,
        UnsupportedOperationError,
        UnsupportedProtocolError,
        UnsupportedRegionError,
    )
}
"""Common error code → class.  A client looks codes up in ``{**COMMON_ERRORS, **service_errors}``."""

__all__ += [cls.__name__ for cls in COMMON_ERRORS.values()]
