"""Credentials: where the SecretId / SecretKey (and session token) come from.

A client takes a :class:`Credential` or any :class:`CredentialProvider` and asks it for a credential before
every request, so providers of temporary credentials can refresh them.  Without one it uses
:func:`default_credential_chain`: the environment variables, then the profile file.

* :class:`EnvCredentialProvider`: ``TENCENTCLOUD_SECRET_ID``, ``TENCENTCLOUD_SECRET_KEY`` and, for temporary
  credentials, ``TENCENTCLOUD_SESSION_TOKEN``.
* :class:`ProfileCredentialProvider`: the INI file the Tencent Cloud tools read, ``~/.tencentcloud/credentials``
  (then ``/etc/tencentcloud/credentials``), with a ``[default]`` section and named profiles, keys
  ``secret_id``, ``secret_key`` and optionally ``token``.  The profile is chosen by argument, else by
  ``TENCENTCLOUD_PROFILE``, else ``default``.
* :class:`RefreshingCredentialProvider`: calls ``fetch()`` for a temporary credential and its expiry, and
  calls it again ``refresh_before`` seconds before it expires.  Thread-safe.

No repr, str or exception message produced here contains a secret key or a token.
"""

from __future__ import annotations

import os

from .errors import CredentialError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = [
    "Credential",
    "CredentialProvider",
    "EnvCredentialProvider",
    "ProfileCredentialProvider",
    "RefreshingCredentialProvider",
    "ChainCredentialProvider",
    "default_credential_chain",
]

ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID"
ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY"
ENV_SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN"
ENV_PROFILE = "TENCENTCLOUD_PROFILE"
ENV_CREDENTIALS_FILE = "TENCENTCLOUD_CREDENTIALS_FILE"
DEFAULT_PROFILE_PATHS = ("~/.tencentcloud/credentials", "/etc/tencentcloud/credentials")


def mask_secret_id(secret_id: str) -> str:
    """``AKIDz8kr…MPLE``: enough to tell keys apart in a log, not enough to use one."""
    if len(secret_id) <= 12:
        return "***"
    return f"{secret_id[:8]}…{secret_id[-4:]}"


def _header_safe(text: str) -> bool:
    return all(" " <= ch <= "~" for ch in text)


class CredentialProvider:
    """Something that hands out a :class:`Credential`; clients call :meth:`get_credential` per request."""

    __slots__ = ()

    def get_credential(self) -> Credential:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Credential(CredentialProvider):
    """A SecretId / SecretKey pair, with the session token of a temporary credential.

    The key and the token never appear in ``repr()`` or ``str()``; the SecretId is shown masked.
    """

    __slots__ = ("secret_id", "secret_key", "token")

    secret_id: str
    secret_key: str
    token: str | None

    def __init__(self, secret_id: str, secret_key: str, token: str | None = None) -> None:
        if not isinstance(secret_id, str) or not secret_id.strip():
            raise CredentialError("secret_id must be a non-empty string")
        if not isinstance(secret_key, str) or not secret_key.strip():
            raise CredentialError("secret_key must be a non-empty string")
        if secret_id != secret_id.strip() or secret_key != secret_key.strip():
            raise CredentialError("secret_id and secret_key must not start or end with whitespace")
        if token is not None and not isinstance(token, str):
            raise CredentialError("token must be a string or None")
        # They travel in HTTP headers, which only carry printable ASCII; the message never quotes them.
        if not _header_safe(secret_id):
            raise CredentialError("secret_id may hold only printable ASCII characters")
        if token and not _header_safe(token):
            raise CredentialError("token may hold only printable ASCII characters")
        object.__setattr__(self, "secret_id", secret_id)
        object.__setattr__(self, "secret_key", secret_key)
        object.__setattr__(self, "token", token or None)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Credential is immutable")

    def get_credential(self) -> Credential:
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credential):
            return NotImplemented
        return (self.secret_id, self.secret_key, self.token) == (
            other.secret_id,
            other.secret_key,
            other.token,
        )

    def __hash__(self) -> int:
        return hash((self.secret_id, self.secret_key, self.token))

    def __repr__(self) -> str:
        token = "<hidden>" if self.token else "None"
        return f"Credential(secret_id={mask_secret_id(self.secret_id)!r}, secret_key=<hidden>, token={token})"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        return (Credential, (self.secret_id, self.secret_key, self.token))


class EnvCredentialProvider(CredentialProvider):
    """Reads ``TENCENTCLOUD_SECRET_ID`` / ``TENCENTCLOUD_SECRET_KEY`` / ``TENCENTCLOUD_SESSION_TOKEN`` when asked."""

    def __init__(self, environ: dict[str, str] | None = None) -> None:
        self._environ = environ

    def find(self) -> Credential | None:
        """The credential the environment holds, ``None`` when the variables are not set."""
        env = self._environ if self._environ is not None else os.environ
        secret_id = env.get(ENV_SECRET_ID, "").strip()
        secret_key = env.get(ENV_SECRET_KEY, "").strip()
        if not secret_id and not secret_key:
            return None
        if not secret_id or not secret_key:
            missing = ENV_SECRET_ID if not secret_id else ENV_SECRET_KEY
            raise CredentialError(f"{missing} is not set, but the other half of the key pair is")
        token = env.get(ENV_SESSION_TOKEN, "").strip() or None
        return Credential(secret_id, secret_key, token)

    def get_credential(self) -> Credential:
        credential = self.find()
        if credential is None:
            raise CredentialError(f"{ENV_SECRET_ID} and {ENV_SECRET_KEY} are not set")
        return credential


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    return value


class ProfileCredentialProvider(CredentialProvider):
    """Reads a profile from the INI credentials file (``~/.tencentcloud/credentials``)::

        [default]
        secret_id = AKID...
        secret_key = ...

        [prod]
        secret_id = AKID...
        secret_key = ...
        token = ...          ; optional, for temporary credentials

    ``path`` defaults to ``$TENCENTCLOUD_CREDENTIALS_FILE``, else the first of ``~/.tencentcloud/credentials``
    and ``/etc/tencentcloud/credentials`` that exists.  ``profile`` defaults to ``$TENCENTCLOUD_PROFILE``,
    else ``default``.  The file is read once, on first use.
    """

    def __init__(self, profile: str | None = None, path: str | os.PathLike[str] | None = None) -> None:
        self._profile = profile
        self._path = path
        self._cached: Credential | None = None

    @property
    def profile(self) -> str:
        return self._profile or os.environ.get(ENV_PROFILE, "").strip() or "default"

    def candidate_paths(self) -> list[str]:
        if self._path is not None:
            return [os.fspath(self._path)]
        override = os.environ.get(ENV_CREDENTIALS_FILE, "").strip()
        if override:
            return [override]
        return [os.path.expanduser(path) for path in DEFAULT_PROFILE_PATHS]

    def find(self) -> Credential | None:
        """The profile's credential, ``None`` when there is no credentials file at all."""
        if self._cached is not None:
            return self._cached
        path = next((p for p in self.candidate_paths() if os.path.isfile(p)), None)
        if path is None:
            if self._path is not None:
                raise CredentialError(f"credentials file {os.fspath(self._path)!r} does not exist")
            return None
        import configparser

        parser = configparser.ConfigParser(interpolation=None)
        try:
            with open(path, encoding="utf-8") as handle:
                parser.read_file(handle, source=path)
        except (OSError, UnicodeDecodeError, configparser.Error) as exc:
            # configparser messages quote the offending line, which may hold a key: report only the kind.
            raise CredentialError(f"cannot read credentials file {path!r}: {type(exc).__name__}") from None
        profile = self.profile
        if not parser.has_section(profile):
            sections = ", ".join(parser.sections()) or "none"
            raise CredentialError(f"profile [{profile}] not found in {path!r} (profiles: {sections})")
        section = parser[profile]
        secret_id = _unquote(section.get("secret_id", ""))
        secret_key = _unquote(section.get("secret_key", ""))
        if not secret_id or not secret_key:
            missing = [
                name
                for name, value in (
                    ("secret_id", secret_id),
                    ("secret_key", secret_key),
                )
                if not value
            ]
            raise CredentialError(f"profile [{profile}] in {path!r} has no {' or '.join(missing)}")
        token = _unquote(section.get("token", "")) or None
        self._cached = Credential(secret_id, secret_key, token)
        return self._cached

    def get_credential(self) -> Credential:
        credential = self.find()
        if credential is None:
            tried = ", ".join(self.candidate_paths())
            raise CredentialError(f"no credentials file found (tried {tried})")
        return credential

    def __repr__(self) -> str:
        return f"ProfileCredentialProvider(profile={self.profile!r})"


class RefreshingCredentialProvider(CredentialProvider):
    """Temporary credentials from ``fetch() -> (Credential, expiry_epoch_seconds)``, refreshed before expiry.

    ``fetch`` is called on first use and again once fewer than ``refresh_before`` seconds of validity remain.
    Concurrent callers share one refresh (a lock guards it; the fast path takes no lock).  If a refresh
    fails while the current credential is still valid, the current one is kept and the refresh is retried
    on the next call; once it has expired, the failure raises :class:`CredentialError`.
    """

    def __init__(
        self,
        fetch: Callable[[], tuple[Credential, float]],
        refresh_before: float = 300.0,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        import threading
        import time

        if refresh_before < 0:
            raise ValueError("refresh_before must be >= 0")
        self._fetch = fetch
        self._refresh_before = float(refresh_before)
        self._clock = clock or time.time
        self._lock = threading.Lock()
        self._state: tuple[Credential, float] | None = None

    @property
    def expiry(self) -> float | None:
        """Expiry (epoch seconds) of the credential currently held, ``None`` before the first fetch."""
        state = self._state
        return None if state is None else state[1]

    def get_credential(self) -> Credential:
        state = self._state
        if state is not None and self._clock() < state[1] - self._refresh_before:
            return state[0]
        with self._lock:
            state = self._state
            now = self._clock()
            if state is not None and now < state[1] - self._refresh_before:
                return state[0]
            try:
                credential, expiry = self._fetch()
            except Exception as exc:
                if state is not None and now < state[1]:
                    return state[0]
                raise CredentialError(f"refreshing the temporary credential failed: {type(exc).__name__}") from exc
            if not isinstance(credential, Credential):
                raise CredentialError("fetch() must return (Credential, expiry_epoch_seconds)")
            self._state = (credential, float(expiry))
            return credential


class ChainCredentialProvider(CredentialProvider):
    """Tries providers in order; the first that finds a credential is used from then on."""

    def __init__(self, providers: Sequence[EnvCredentialProvider | ProfileCredentialProvider]) -> None:
        self._providers = list(providers)
        self._chosen: CredentialProvider | None = None

    def get_credential(self) -> Credential:
        if self._chosen is not None:
            return self._chosen.get_credential()
        for provider in self._providers:
            credential = provider.find()
            if credential is not None:
                self._chosen = provider
                return credential
        raise CredentialError(
            "no Tencent Cloud credential found: pass credential=Credential(secret_id, secret_key), "
            f"or set {ENV_SECRET_ID} and {ENV_SECRET_KEY}, "
            "or write a [default] profile to ~/.tencentcloud/credentials"
        )

    def __repr__(self) -> str:
        return f"ChainCredentialProvider({self._providers!r})"


def default_credential_chain() -> ChainCredentialProvider:
    """Environment variables, then the profile file (an explicit credential, when given, beats both)."""
    return ChainCredentialProvider([EnvCredentialProvider(), ProfileCredentialProvider()])
