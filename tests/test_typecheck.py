"""The generated packages, the runtime templates and the generator pass mypy --strict (part of the test command)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _mypy(*targets: str) -> tuple[str, int]:
    api = pytest.importorskip("mypy.api")
    config = str(ROOT / "pyproject.toml")
    stdout, stderr, status = api.run(["--config-file", config, "--strict", "--cache-dir=/dev/null", *targets])
    return stdout + stderr, status


@pytest.mark.parametrize("target", ["codegen", "templates/runtime"])
def test_mypy_strict(target: str) -> None:
    output, status = _mypy(str(ROOT / target))
    assert status == 0, output


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


@pytest.fixture(scope="module")
def generated_and_user_code(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """mypy --strict over the generated packages and two user files in one run (the packages are analysed once)."""
    folder = tmp_path_factory.mktemp("user")
    (folder / "user.py").write_text(USER_CODE, "utf-8")
    (folder / "wrong.py").write_text(WRONG_CODE, "utf-8")
    output, _ = _mypy(str(ROOT / "generated" / "tcapi"), str(folder / "user.py"), str(folder / "wrong.py"))
    return output.splitlines()


def test_generated_packages_and_user_code_pass_mypy_strict(generated_and_user_code: list[str]) -> None:
    """Models, structures and errors import from their packages; hints, calls and `except` type-check."""
    errors = [line for line in generated_and_user_code if ": error:" in line]
    assert not [line for line in errors if "wrong.py" not in line], "\n".join(generated_and_user_code)


def test_values_outside_a_documented_list_and_none_inputs_are_type_errors(generated_and_user_code: list[str]) -> None:
    errors = [line for line in generated_and_user_code if "wrong.py" in line and ": error:" in line]
    assert sorted(line.split(":")[1] for line in errors) == ["6", "7"], "\n".join(generated_and_user_code)
    assert any("Literal[1, 2, 3]" in line for line in errors)
