"""A hand-written page whose names are every name that could collide with Python or the runtime
(tests/fixtures/hostile/hostile-en.md): the generated package imports, calls go out with the API's names, every
error code raises its own class, and the generated tests of the package pass."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.render import render_runtime, render_service
from codegen.render.format import CHUNK, unmark
from codegen.spec.merge import merge_specs

FIXTURE = Path(__file__).parent / "fixtures" / "hostile" / "hostile-en.md"
PACKAGE = "hostilepkg"
LONG_ACTION = re.search(r"This API \((DescribeVery\w+)\)", FIXTURE.read_text("utf-8")).group(1)  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = merge_specs("hostile", "2020-01-01", [parse_document(read_document(str(FIXTURE)))])
    files = {**render_runtime(PACKAGE), **render_service(spec, PACKAGE)}
    root = tmp_path_factory.mktemp("hostile")
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(unmark(text).replace(f"\n{CHUNK}\n", "\n"), "utf-8")  # unformatted: black is not needed here
    return root


@pytest.fixture(scope="module")
def service(generated: Path) -> typing.Iterator[ModuleType]:
    sys.path.insert(0, str(generated))
    try:
        yield importlib.import_module(f"{PACKAGE}.hostile.v20200101")
    finally:
        sys.path.remove(str(generated))


def _runtime(module: str) -> Any:
    return importlib.import_module(f"{PACKAGE}.runtime.{module}")


def _client(service: ModuleType, seen: list[httpx.Request], body: dict[str, Any] | None = None) -> Any:

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=body or {"Response": {"RequestId": "r-1"}})

    credential = _runtime("credentials").Credential("AKIDexample", "key")
    retry = _runtime("retry").RetryPolicy(1)
    return service.HostileClient(credential, transport=httpx.MockTransport(answer), retry=retry)


def test_file_names_stay_short(generated: Path) -> None:
    assert len(LONG_ACTION) == 300
    names = [p.name for p in generated.rglob("*")]
    assert max(len(n.encode("utf-8")) for n in names) <= 100
    models = [p.stem for p in (generated / PACKAGE / "hostile" / "v20200101" / "models").glob("describe_very*.py")]
    assert len(models) == 1 and len(models[0]) <= 64


def test_members_named_like_the_runtime_keep_the_runtime_working(service: ModuleType) -> None:
    structures = service.structures
    seen: list[httpx.Request] = []
    with _client(service, seen) as client:
        client.none(
            validate_=1,
            to_dict_="a",
            from_dict_="b",
            problems_="c",
            response_class_="d",
            extra_="e",
            options_="f",
            self_="g",
            none="h",
            true=False,
            class_="i",
            match_="j",
            list_="k",
            models_="l",
            url="m",
            url_2="n",
            mode="fast",
            info=structures.None_(input_index=1, validate_="v", structures_="s"),
            items=[structures.Field_(name="x", next_=structures.Field_(name="y"))],
            extra={"Undocumented": 1},
        )
        for method, action in [
            ("send_", "Send"),
            ("close_", "Close"),
            ("service_", "Service"),
            ("region_", "Region"),
            ("call_", "Call"),
            ("import_", "Import"),
            ("true", "True"),
        ]:
            getattr(client, method)()
            assert seen[-1].headers["X-TC-Action"] == action
        client.send_(request="r")
        client.call(LONG_ACTION)
        assert client.service == "hostile" and client.region is None
    assert json.loads(seen[0].content) == {
        "Validate": 1,
        "ToDict": "a",
        "FromDict": "b",
        "Problems": "c",
        "ResponseClass": "d",
        "Extra": "e",
        "Options": "f",
        "Self": "g",
        "None": "h",
        "True": False,
        "Class": "i",
        "Match": "j",
        "List": "k",
        "Models": "l",
        "Url": "m",
        "URL": "n",
        "Mode": "fast",
        "Info": {"InputIndex": 1, "Validate": "v", "Structures": "s"},
        "Items": [{"Name": "x", "Next": {"Name": "y"}}],
        "Undocumented": 1,
    }
    assert json.loads(seen[-2].content) == {"Request": "r"}
    assert seen[-1].headers["X-TC-Action"] == LONG_ACTION


def test_the_long_action_has_a_method(service: ModuleType) -> None:
    methods = [name for name in dir(service.HostileClient) if name.startswith("describe_very_long")]
    assert len(methods) == 1
    seen: list[httpx.Request] = []
    with _client(service, seen) as client:
        getattr(client, methods[0])()
    assert seen[0].headers["X-TC-Action"] == LONG_ACTION


def test_responses_named_like_runtime_members_parse(service: ModuleType) -> None:
    body = {"Response": {"RequestId": "r", "True": True, "RawResponse": "x", "Model": {"Extra": "e", "Inner": {}}}}
    with _client(service, [], body) as client:
        response = client.none(validate_=1, info=service.structures.None_(input_index=1))
    assert response.true is True and response.raw_response_ == "x" and response.raw_response.request_id == "r"
    assert isinstance(response.model, service.structures.Model_) and response.model.extra_ == "e"
    assert isinstance(response.model.inner, service.structures.None_)


def test_required_structure_members_are_enforced(service: ModuleType) -> None:
    validation_error = _runtime("errors").ValidationError
    seen: list[httpx.Request] = []
    with _client(service, seen) as client:
        with pytest.raises(validation_error) as caught:
            client.none(validate_=1, info=service.structures.None_(), items=[service.structures.Field_()])
    assert sorted(p.path for p in caught.value.problems) == ["info.input_index", "items[0].name"]
    assert seen == []


@pytest.mark.parametrize(
    "code",
    [
        "None",
        "True",
        "FailedOperation.Foo",
        "FailedOperation.foo",
        "InvalidParameter.Foo",
        "InvalidParameterFoo",
        "InvalidParameterValue.None",
        "ResourceNotFound.Exception",
    ],
)
def test_each_error_code_raises_its_own_class(service: ModuleType, code: str) -> None:
    errors = service.errors
    common = _runtime("errors")
    body = {"Response": {"Error": {"Code": code, "Message": "m"}, "RequestId": "r"}}
    with _client(service, [], body) as client:
        with pytest.raises(common.APIError) as caught:
            client.close_()
    cls = type(caught.value)
    assert cls is errors.ERRORS[code] and cls.code == code and cls.__module__ == errors.__name__
    assert getattr(errors, cls.__name__) is cls
    parent = code.rpartition(".")[0]
    if parent in common.COMMON_ERRORS:
        assert issubclass(cls, common.COMMON_ERRORS[parent])


def test_codes_differing_in_case_or_dots_get_distinct_classes(service: ModuleType) -> None:
    errors = service.errors.ERRORS
    pairs = [("FailedOperation.Foo", "FailedOperation.foo"), ("InvalidParameter.Foo", "InvalidParameterFoo")]
    for one, other in pairs:
        assert errors[one] is not errors[other]
    assert issubclass(errors["InvalidParameter.Foo"], errors["InvalidParameter"])
    assert not issubclass(errors["InvalidParameterFoo"], errors["InvalidParameter"])


def test_type_hints_resolve_everywhere(service: ModuleType) -> None:
    for name in service.models.__all__:
        typing.get_type_hints(getattr(service.models, name))
    for name in service.structures.__all__:
        typing.get_type_hints(getattr(service.structures, name))
    for name in dir(service.HostileClient):
        member = getattr(service.HostileClient, name)
        if callable(member) and not name.startswith("_") and member.__module__ == f"{service.__name__}.client":
            typing.get_type_hints(member)
    hints = typing.get_type_hints(service.HostileClient.none)
    assert hints["mode"] == typing.Literal["fast", "slow"] | _runtime("_unset").Unset


def test_the_generated_tests_of_the_package_pass(generated: Path) -> None:
    tests = generated / PACKAGE / "hostile" / "v20200101" / "tests"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
        cwd=generated,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(generated), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr
