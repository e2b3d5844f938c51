"""The generated packages, the runtime templates and the generator pass mypy --strict (part of the test command)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("target", ["generated/tcapi", "codegen", "templates/runtime"])
def test_mypy_strict(target: str) -> None:
    api = pytest.importorskip("mypy.api")
    config = str(ROOT / "pyproject.toml")
    stdout, stderr, status = api.run(["--config-file", config, "--strict", "--cache-dir=/dev/null", str(ROOT / target)])
    assert status == 0, stdout + stderr


USER_CODE = """
from tcapi.live.v20180801 import AsyncLiveClient, LiveClient, errors, models
from tcapi.live.v20180801.errors import FailedOperation, InvalidParameterValue
from tcapi.live.v20180801.models import AddCasterInputInfoResponse, DescribeCasterPlayUrlResponse
from tcapi.live.v20180801.structures import CasterInputInfo
from tcapi.runtime.client import CallOptions
from tcapi.runtime.errors import RequestLimitExceededError


def play_url(client: LiveClient) -> str | None:
    try:
        response: DescribeCasterPlayUrlResponse = client.describe_caster_play_url(caster_id=1, play_url_type=1)
    except (InvalidParameterValue, FailedOperation, RequestLimitExceededError, errors.APIError):
        return None
    added: AddCasterInputInfoResponse = client.add_caster_input_info(
        caster_id=1, input_info=CasterInputInfo(input_index=1, input_type=1), options=CallOptions(validate=False)
    )
    raw: dict[str, object] = client.call("AnyAction", {"Any": 1})
    request = models.AddCasterInputInfoRequest(caster_id=1, input_info=CasterInputInfo(input_index=2))
    print(added, raw, request.to_dict())
    url = response.play_url
    return url if isinstance(url, str) else None


async def play_url_async(client: AsyncLiveClient) -> DescribeCasterPlayUrlResponse:
    return await client.describe_caster_play_url(caster_id=1, play_url_type=2)
"""

WRONG_CODE = """
from tcapi.live.v20180801 import LiveClient


def wrong(client: LiveClient) -> None:
    client.describe_caster_play_url(caster_id=1, play_url_type=7)
    client.describe_caster_play_url(caster_id=1, play_url_type=1, play_url_index=None)
"""


def test_user_code_type_checks_against_the_generated_packages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Models, structures and errors import from their packages under --strict; a value outside a documented list
    and None for an input are type errors."""
    api = pytest.importorskip("mypy.api")
    monkeypatch.setenv("MYPYPATH", str(ROOT / "generated"))
    (tmp_path / "user.py").write_text(USER_CODE, "utf-8")
    (tmp_path / "wrong.py").write_text(WRONG_CODE, "utf-8")
    files = [str(tmp_path / "user.py"), str(tmp_path / "wrong.py")]
    stdout, stderr, _ = api.run(["--strict", "--python-version=3.11", f"--cache-dir={tmp_path / 'cache'}", *files])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if "user.py" in line], stdout + stderr
    assert sorted(line.split(":")[1] for line in errors if "wrong.py" in line) == ["6", "7"], stdout
    assert "Literal[1, 2, 3]" in stdout
