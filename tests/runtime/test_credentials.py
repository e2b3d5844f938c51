"""Credentials: explicit, environment, profile file, refreshing providers, and secrets never shown."""

from __future__ import annotations

import pickle
import threading
import time
from pathlib import Path

import pytest

from tcapi.runtime.credentials import (
    Credential,
    EnvCredentialProvider,
    ProfileCredentialProvider,
    RefreshingCredentialProvider,
    default_credential_chain,
)
from tcapi.runtime.errors import CredentialError

SECRET_KEY = "sEcReTkEy0123456789abcdefghijkLMN"
TOKEN = "ToKeN-0123456789-very-secret-session-token"
ENV_VARS = (
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
    "TENCENTCLOUD_SESSION_TOKEN",
    "TENCENTCLOUD_PROFILE",
    "TENCENTCLOUD_CREDENTIALS_FILE",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


def write_profile(home: Path, text: str) -> Path:
    path = home / ".tencentcloud" / "credentials"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


class TestCredential:
    def test_fields(self) -> None:
        credential = Credential("AKIDexample0123456789", SECRET_KEY, TOKEN)
        assert credential.secret_id == "AKIDexample0123456789"
        assert credential.secret_key == SECRET_KEY
        assert credential.token == TOKEN
        assert credential.get_credential() is credential
        assert Credential("AKIDa", "k", "").token is None

    def test_repr_and_str_hide_secrets(self) -> None:
        credential = Credential("AKIDexample0123456789", SECRET_KEY, TOKEN)
        for text in (repr(credential), str(credential), f"{credential}", repr([credential])):
            assert SECRET_KEY not in text and TOKEN not in text
            assert "AKIDexample0123456789" not in text  # masked
            assert "AKIDexam" in text and "<hidden>" in text

    def test_immutable_comparable_picklable(self) -> None:
        credential = Credential("AKIDexample", SECRET_KEY)
        with pytest.raises(AttributeError):
            credential.secret_key = "other"  # type: ignore[misc]
        assert credential == Credential("AKIDexample", SECRET_KEY)
        assert credential != Credential("AKIDexample", "other")
        assert pickle.loads(pickle.dumps(credential)) == credential

    @pytest.mark.parametrize("secret_id,secret_key", [("", "k"), ("id", ""), (" id", "k"), ("id", "k "), ("   ", "k")])
    def test_rejects_empty_or_padded(self, secret_id: str, secret_key: str) -> None:
        with pytest.raises(CredentialError):
            Credential(secret_id, secret_key)


class TestEnvironment:
    def test_reads_variables(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv")
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
        assert EnvCredentialProvider().get_credential() == Credential("AKIDenv", SECRET_KEY)
        monkeypatch.setenv("TENCENTCLOUD_SESSION_TOKEN", TOKEN)
        assert EnvCredentialProvider().get_credential().token == TOKEN

    def test_unset(self) -> None:
        assert EnvCredentialProvider().find() is None
        with pytest.raises(CredentialError, match="TENCENTCLOUD_SECRET_ID"):
            EnvCredentialProvider().get_credential()

    def test_half_set_is_an_error_naming_the_missing_half(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
        with pytest.raises(CredentialError, match="TENCENTCLOUD_SECRET_ID is not set") as info:
            EnvCredentialProvider().find()
        assert SECRET_KEY not in str(info.value)


class TestProfile:
    def test_default_and_named_profiles(self, clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        write_profile(
            clean_env,
            "[default]\nsecret_id = AKIDdefault\nsecret_key = keydefault\n\n"
            f'[prod]\nsecret_id = "AKIDprod"\nsecret_key = "{SECRET_KEY}"\ntoken = {TOKEN}\n',
        )
        assert ProfileCredentialProvider().get_credential() == Credential("AKIDdefault", "keydefault")
        assert ProfileCredentialProvider("prod").get_credential() == Credential("AKIDprod", SECRET_KEY, TOKEN)
        monkeypatch.setenv("TENCENTCLOUD_PROFILE", "prod")
        assert ProfileCredentialProvider().get_credential().secret_id == "AKIDprod"

    def test_missing_profile_lists_profiles(self, clean_env: Path) -> None:
        write_profile(clean_env, f"[default]\nsecret_id = AKIDdefault\nsecret_key = {SECRET_KEY}\n")
        with pytest.raises(CredentialError, match=r"profile \[staging\] not found.*profiles: default") as info:
            ProfileCredentialProvider("staging").get_credential()
        assert SECRET_KEY not in str(info.value)

    def test_incomplete_profile(self, clean_env: Path) -> None:
        write_profile(clean_env, "[default]\nsecret_id = AKIDdefault\n")
        with pytest.raises(CredentialError, match="has no secret_key"):
            ProfileCredentialProvider().get_credential()

    def test_malformed_file_does_not_echo_its_content(self, clean_env: Path) -> None:
        write_profile(clean_env, f"secret_key = {SECRET_KEY}\n[default]\n")
        with pytest.raises(CredentialError) as info:
            ProfileCredentialProvider().get_credential()
        assert SECRET_KEY not in str(info.value)
        assert SECRET_KEY not in repr(info.value)
        assert info.value.__cause__ is None and info.value.__suppress_context__

    def test_no_file(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        monkeypatch.setenv("TENCENTCLOUD_CREDENTIALS_FILE", str(tmp_path / "absent"))
        assert ProfileCredentialProvider().find() is None
        with pytest.raises(CredentialError, match="no credentials file"):
            ProfileCredentialProvider().get_credential()
        with pytest.raises(CredentialError, match="does not exist"):
            ProfileCredentialProvider(path=tmp_path / "absent").get_credential()

    def test_explicit_path(self, tmp_path: Path) -> None:
        path = tmp_path / "creds.ini"
        path.write_text("[default]\nsecret_id=AKIDfile\nsecret_key=keyfile\n")
        assert ProfileCredentialProvider(path=path).get_credential().secret_id == "AKIDfile"


class TestChain:
    def test_env_beats_profile(self, clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        write_profile(clean_env, "[default]\nsecret_id = AKIDprofile\nsecret_key = keyprofile\n")
        assert default_credential_chain().get_credential().secret_id == "AKIDprofile"
        monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenv")
        monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "keyenv")
        assert default_credential_chain().get_credential().secret_id == "AKIDenv"

    def test_nothing_found_is_a_clear_error(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        monkeypatch.setenv("TENCENTCLOUD_CREDENTIALS_FILE", str(tmp_path / "absent"))
        with pytest.raises(CredentialError) as info:
            default_credential_chain().get_credential()
        message = str(info.value)
        assert "TENCENTCLOUD_SECRET_ID" in message and "~/.tencentcloud/credentials" in message


class FakeClock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class TestRefreshing:
    def test_refreshes_before_expiry(self) -> None:
        clock = FakeClock()
        fetched: list[int] = []

        def fetch() -> tuple[Credential, float]:
            fetched.append(1)
            return Credential(f"AKIDtmp{len(fetched)}", SECRET_KEY, TOKEN), clock.now + 3600

        provider = RefreshingCredentialProvider(fetch, refresh_before=300, clock=clock)
        assert provider.expiry is None
        assert provider.get_credential().secret_id == "AKIDtmp1"
        clock.now += 3299  # 301 s of validity left: keep it
        assert provider.get_credential().secret_id == "AKIDtmp1"
        assert len(fetched) == 1
        clock.now += 2  # 299 s left: refresh
        assert provider.get_credential().secret_id == "AKIDtmp2"
        assert len(fetched) == 2
        assert provider.expiry == clock.now + 3600

    def test_failed_refresh_keeps_a_still_valid_credential(self) -> None:
        clock = FakeClock()
        calls = {"n": 0}

        def fetch() -> tuple[Credential, float]:
            calls["n"] += 1
            if calls["n"] > 1:
                raise RuntimeError(f"STS down, key was {SECRET_KEY}")
            return Credential("AKIDtmp", SECRET_KEY, TOKEN), clock.now + 600

        provider = RefreshingCredentialProvider(fetch, refresh_before=300, clock=clock)
        provider.get_credential()
        clock.now += 400  # inside the refresh window, not expired
        assert provider.get_credential().secret_id == "AKIDtmp"
        clock.now += 300  # expired
        with pytest.raises(CredentialError, match="RuntimeError") as info:
            provider.get_credential()
        assert SECRET_KEY not in str(info.value)
        assert calls["n"] == 3

    def test_concurrent_callers_share_one_refresh(self) -> None:
        calls: list[float] = []

        def fetch() -> tuple[Credential, float]:
            calls.append(time.monotonic())
            time.sleep(0.05)
            return Credential("AKIDtmp", SECRET_KEY, TOKEN), time.time() + 3600

        provider = RefreshingCredentialProvider(fetch)
        barrier = threading.Barrier(16)
        results: list[Credential] = []

        def worker() -> None:
            barrier.wait()
            results.append(provider.get_credential())

        threads = [threading.Thread(target=worker) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5)
        assert len(calls) == 1
        assert len(results) == 16 and all(r is results[0] for r in results)

    def test_fetch_must_return_a_credential(self) -> None:
        provider = RefreshingCredentialProvider(lambda: ("id", 0.0))  # type: ignore[arg-type, return-value]
        with pytest.raises(CredentialError, match="must return"):
            provider.get_credential()
