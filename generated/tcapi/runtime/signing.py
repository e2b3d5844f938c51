"""TC3-HMAC-SHA256 request signing (Tencent Cloud API 3.0 "签名方法 v3").

The steps, as the signature v3 document describes them::

    CanonicalRequest = HTTPRequestMethod + "\\n" + CanonicalURI + "\\n" + CanonicalQueryString + "\\n"
                       + CanonicalHeaders + "\\n" + SignedHeaders + "\\n" + HashedRequestPayload
    StringToSign     = "TC3-HMAC-SHA256" + "\\n" + RequestTimestamp + "\\n" + CredentialScope + "\\n"
                       + Lowercase(HexEncode(SHA256(CanonicalRequest)))
    CredentialScope  = Date + "/" + service + "/tc3_request"          (Date: UTC date of the timestamp)
    SecretDate       = HMAC_SHA256("TC3" + SecretKey, Date)
    SecretService    = HMAC_SHA256(SecretDate, service)
    SecretSigning    = HMAC_SHA256(SecretService, "tc3_request")
    Signature        = HexEncode(HMAC_SHA256(SecretSigning, StringToSign))
    Authorization    = "TC3-HMAC-SHA256 Credential=" + SecretId + "/" + CredentialScope
                       + ", SignedHeaders=" + SignedHeaders + ", Signature=" + Signature

* CanonicalURI is ``/``.  CanonicalQueryString is ``""`` for POST and the URL's query string for GET,
  encoded per RFC 3986 (UTF-8, upper-case ``%XX``, unreserved ``A-Z a-z 0-9 - _ . ~`` left as is).
* CanonicalHeaders: each signed header as ``lowercase(key):lowercase(strip(value))\\n``, sorted by key;
  ``content-type`` and ``host`` are required.  SignedHeaders: the same keys joined by ``;``.
* HashedRequestPayload: hex SHA-256 of the body (of ``""`` for GET).

GET parameters are flattened the way the API expects: nested objects as ``Parent.Child``, arrays as
``Name.0``, ``Name.1``; booleans as ``true``/``false``; empty arrays and objects send nothing (only POST
JSON can carry them).
"""

from __future__ import annotations

import hashlib
import hmac

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

__all__ = [
    "ALGORITHM",
    "SignatureParts",
    "sign",
    "sha256_hex",
    "derive_signing_key",
    "credential_date",
    "flatten_params",
    "canonical_query_string",
    "encode_query",
]

ALGORITHM = "TC3-HMAC-SHA256"
DEFAULT_SIGNED_HEADERS = ("content-type", "host")
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of ``data``."""
    if not data:
        return _EMPTY_SHA256
    return hashlib.sha256(data).hexdigest()


def credential_date(timestamp: int) -> str:
    """The UTC date (``YYYY-MM-DD``) of a UNIX timestamp; never the local date."""
    import time

    return time.strftime("%Y-%m-%d", time.gmtime(timestamp))


def derive_signing_key(secret_key: str, date: str, service: str) -> bytes:
    """``SecretSigning`` for one (key, UTC date, service): it can be reused for the whole day."""
    secret_date = hmac.new(("TC3" + secret_key).encode("utf-8"), date.encode("utf-8"), hashlib.sha256).digest()
    secret_service = hmac.new(secret_date, service.encode("utf-8"), hashlib.sha256).digest()
    return hmac.new(secret_service, b"tc3_request", hashlib.sha256).digest()


def _scalar(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def flatten_params(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Flatten a JSON request object into GET parameters (``Filters.0.Name=...``), keeping the given order."""
    out: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), item)
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                walk(f"{prefix}.{index}" if prefix else str(index), item)
        else:
            out.append((prefix, _scalar(value)))

    for key, value in params.items():
        walk(str(key), value)
    return out


def encode_query(pairs: Iterable[tuple[str, str]]) -> str:
    """``key=value&...`` with keys and values percent-encoded per RFC 3986 (upper-case hex, UTF-8)."""
    from urllib.parse import quote

    return "&".join(f"{quote(key, safe='-_.~')}={quote(value, safe='-_.~')}" for key, value in pairs)


def canonical_query_string(params: Mapping[str, Any]) -> str:
    """The query string of a GET request for ``params``; it is sent exactly as it is signed."""
    return encode_query(flatten_params(params))


class SignatureParts:
    """Every intermediate value of one signature (useful for tests and for debugging a rejected signature).

    Holds no secret: the derived key is not kept.
    """

    __slots__ = (
        "hashed_payload",
        "canonical_headers",
        "signed_headers",
        "canonical_request",
        "credential_scope",
        "hashed_canonical_request",
        "string_to_sign",
        "signature",
        "authorization",
    )

    def __init__(
        self,
        *,
        hashed_payload: str,
        canonical_headers: str,
        signed_headers: str,
        canonical_request: str,
        credential_scope: str,
        hashed_canonical_request: str,
        string_to_sign: str,
        signature: str,
        authorization: str,
    ) -> None:
        self.hashed_payload = hashed_payload
        self.canonical_headers = canonical_headers
        self.signed_headers = signed_headers
        self.canonical_request = canonical_request
        self.credential_scope = credential_scope
        self.hashed_canonical_request = hashed_canonical_request
        self.string_to_sign = string_to_sign
        self.signature = signature
        self.authorization = authorization

    def __repr__(self) -> str:
        return f"SignatureParts(signed_headers={self.signed_headers!r}, signature={self.signature!r})"


def sign(
    *,
    secret_id: str,
    secret_key: str,
    service: str,
    timestamp: int,
    method: str,
    headers: Mapping[str, str],
    payload: bytes = b"",
    query: str = "",
    canonical_uri: str = "/",
    signed_headers: Iterable[str] = DEFAULT_SIGNED_HEADERS,
    signing_key: bytes | None = None,
    date: str | None = None,
) -> SignatureParts:
    """Sign one request.

    ``headers`` must contain every header named in ``signed_headers`` (looked up case-insensitively) with
    exactly the value that is sent.  For GET pass ``payload=b""`` and the query string as sent.
    ``signing_key`` may carry a cached :func:`derive_signing_key` result for the same key, date and service,
    and ``date`` the :func:`credential_date` of ``timestamp`` when the caller has it already.
    """
    lowered = {key.lower(): value for key, value in headers.items()}
    names = sorted({name.lower() for name in signed_headers})
    missing = [name for name in ("content-type", "host") if name not in names]
    if missing:
        raise ValueError(f"TC3 requires signing {' and '.join(missing)}")
    try:
        canonical_headers = "".join(f"{name}:{lowered[name].strip().lower()}\n" for name in names)
    except KeyError as exc:
        raise ValueError(f"signed header {exc.args[0]!r} is not among the request headers") from None
    signed = ";".join(names)
    hashed_payload = sha256_hex(payload)
    canonical_request = f"{method.upper()}\n{canonical_uri}\n{query}\n{canonical_headers}\n{signed}\n{hashed_payload}"
    if date is None:
        date = credential_date(timestamp)
    scope = f"{date}/{service}/tc3_request"
    hashed_canonical_request = hashlib.sha256(canonical_request.encode("utf-8")).hexdigest()
    string_to_sign = f"{ALGORITHM}\n{timestamp}\n{scope}\n{hashed_canonical_request}"
    key = signing_key if signing_key is not None else derive_signing_key(secret_key, date, service)
    signature = hmac.new(key, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    authorization = f"{ALGORITHM} Credential={secret_id}/{scope}, SignedHeaders={signed}, Signature={signature}"
    return SignatureParts(
        hashed_payload=hashed_payload,
        canonical_headers=canonical_headers,
        signed_headers=signed,
        canonical_request=canonical_request,
        credential_scope=scope,
        hashed_canonical_request=hashed_canonical_request,
        string_to_sign=string_to_sign,
        signature=signature,
        authorization=authorization,
    )
