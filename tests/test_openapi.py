"""The OpenAPI export: the documents validate, say what the specs say, are stable, come out of `codegen export` and
`regenerate`, and a peer generator (openapi-python-client) builds a client that sends what ours sends."""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.cli import main
from codegen.config import load_config
from codegen.export.openapi import dump_openapi, export_openapi, openapi_filename
from codegen.pipeline import regenerate
from codegen.render.naming import module_name
from codegen.spec.io import load_spec
from codegen.spec.model import Action, Example, Field, ServiceSpec, Source, Structure
from tests.conftest import CONFIG, make_project

ROOT = Path(__file__).resolve().parents[1]
SERVICES = {"live": "2018-08-01", "vod": "2018-07-17", "mps": "2019-06-12"}
LIVE = load_spec(ROOT / "spec" / "live-2018-08-01.json")


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The three committed specs exported by the command line, parsed."""
    folder = tmp_path_factory.mktemp("openapi")
    assert main(["export", "openapi", "--config", str(ROOT / "pyproject.toml"), "-o", str(folder)]) == 0
    return {
        service: json.loads((folder / openapi_filename(service, version)).read_text("utf-8"))
        for service, version in SERVICES.items()
    }


def _operation(document: dict[str, Any], action: str) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][f"/#X-TC-Action={action}"]["post"]
    return operation


def _schema(document: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = document["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return schema


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_exported_documents_validate(exported: dict[str, dict[str, Any]], service: str) -> None:
    from openapi_spec_validator import validate

    validate(exported[service])
    assert exported[service]["openapi"].startswith("3.1.")


def test_an_operation_per_action_carrying_its_action_version_source_and_rate_limit(
    exported: dict[str, dict[str, Any]],
) -> None:
    document = exported["live"]
    assert len(document["paths"]) == len(LIVE.actions)
    assert list(document["paths"]) == sorted(document["paths"])
    for name, action in LIVE.actions.items():
        operation = _operation(document, name)
        assert operation["x-tc-action"] == operation["operationId"] == name
        assert operation["x-tc-version"] == "2018-08-01"
        header = next(p for p in operation["parameters"] if p.get("name") == "X-TC-Action")
        assert header["required"] and header["schema"]["enum"] == [name]
        assert {"$ref": "#/components/parameters/Version"} in operation["parameters"]
        assert operation["x-tc-source"] == {"file": action.source.file, "line": action.source.line}
        assert operation.get("x-tc-rate-limit") == action.rate_limit
        assert operation.get("deprecated", False) == (action.legacy is not None)
        assert [e["code"] for e in operation["x-tc-errors"]] == sorted(set(action.errors))
    version = document["components"]["parameters"]["Version"]
    assert (version["name"], version["in"], version["schema"]["enum"]) == ("X-TC-Version", "header", ["2018-08-01"])


def test_create_live_record_as_the_manual_documents_it(exported: dict[str, dict[str, Any]]) -> None:
    document = exported["live"]
    operation = _operation(document, "CreateLiveRecord")
    assert operation["x-tc-rate-limit"] == 500
    assert operation["x-tc-source"]["file"] == "spec/sources/live/002_7d09637ba2421d51.txt"
    errors = {e["code"]: e["description"] for e in operation["x-tc-errors"]}
    assert errors["ResourceUnavailable.StreamNotExist"] and "LimitExceeded.MaximumTask" in errors
    body = operation["requestBody"]["content"]["application/json"]
    request = _schema(document, body["schema"])
    assert request["required"] == ["StreamName"]
    assert request["properties"]["Highlight"]["type"] == "integer"
    assert request["properties"]["Highlight"]["enum"] == [0, 1]
    assert request["properties"]["StreamName"]["description"] == "Stream name."
    assert body["examples"]["example1"]["value"]["StreamName"] == "livetest"
    assert body["examples"]["example2"]["value"]["Highlight"] == 1
    envelope = operation["responses"]["200"]["content"]["application/json"]
    assert envelope["schema"]["required"] == ["Response"]
    success, failure = (_schema(document, s) for s in reversed(envelope["schema"]["properties"]["Response"]["anyOf"]))
    assert success["properties"]["TaskId"]["type"] == "integer" and "RequestId" in success["required"]
    assert failure["required"] == ["Error", "RequestId"]
    assert _schema(document, failure["properties"]["Error"])["required"] == ["Code", "Message"]
    assert envelope["examples"]["example1"]["value"]["Response"]["TaskId"] == 1234567


def _field_schemas(document: dict[str, Any]) -> list[tuple[Field, dict[str, Any]]]:
    pairs = []
    for name, action in LIVE.actions.items():
        operation = _operation(document, name)
        request = _schema(document, operation["requestBody"]["content"]["application/json"]["schema"])
        anyof = operation["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["Response"]
        response = _schema(document, anyof["anyOf"][1])
        pairs += [(f, request["properties"][f.name]) for f in action.input]
        pairs += [(f, response["properties"][f.name]) for f in action.output]
    for name, structure in LIVE.structures.items():
        pairs += [(f, document["components"]["schemas"][name]["properties"][f.name]) for f in structure.fields]
    return pairs


def test_every_field_keeps_its_limits_values_and_nullability(exported: dict[str, dict[str, Any]]) -> None:
    types = {"String": "string", "Integer": "integer", "Float": "number", "Boolean": "boolean"}
    seen = {"enum": 0, "minimum": 0, "maximum": 0, "maxLength": 0, "null": 0, "array": 0, "$ref": 0}
    for field, schema in _field_schemas(exported["live"]):
        if field.nullable:
            seen["null"] += 1
            if "anyOf" in schema:
                assert schema["anyOf"][1] == {"type": "null"}
                schema = schema["anyOf"][0]
            else:
                assert schema["type"][1] == "null"
        if field.array:
            seen["array"] += 1
            assert schema["type"] in ("array", ["array", "null"])
            schema = schema["items"]
        if field.type in LIVE.structures:
            seen["$ref"] += 1
            assert schema["$ref"] == f"#/components/schemas/{field.type}"
            continue
        if field.type in types:
            assert schema["type"] in (types[field.type], [types[field.type], "null"])
        c = field.constraints
        if c.enum is not None:
            seen["enum"] += 1
            nullable_scalar = field.nullable and not field.array
            assert schema["enum"] == list(c.enum) + ([None] if nullable_scalar else [])
        for key, value in (("minimum", c.minimum), ("maximum", c.maximum)):
            if value is not None:
                seen[key] += 1
                assert schema[key] == value
        if c.max_length is not None and field.type == "String":
            seen["maxLength"] += 1
            assert schema["maxLength"] == c.max_length
        if c.format is not None:
            assert schema["format"] == c.format
    assert all(seen.values()), seen  # the live manual has every kind


def test_structures_and_undefined_structures_are_components(exported: dict[str, dict[str, Any]]) -> None:
    for service in SERVICES:
        spec = load_spec(ROOT / "spec" / f"{service}-{SERVICES[service]}.json")
        schemas = exported[service]["components"]["schemas"]
        for name, structure in spec.structures.items():
            assert [*schemas[name]["properties"]] == list(dict.fromkeys(f.name for f in structure.fields))
            assert schemas[name].get("x-tc-defined", True) == structure.defined
    vod = load_spec(ROOT / "spec" / "vod-2018-07-17.json")
    assert any(not s.defined for s in vod.structures.values())


def test_the_signing_scheme_and_the_error_codes(exported: dict[str, dict[str, Any]]) -> None:
    document = exported["live"]
    assert document["security"] == [{"TC3-HMAC-SHA256": []}]
    scheme = document["components"]["securitySchemes"]["TC3-HMAC-SHA256"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    assert "tc3_request" in scheme["description"] and "X-TC-Timestamp" in scheme["description"]
    assert document["x-tc-error-codes"] == {code: e.description for code, e in sorted(LIVE.errors.items())}
    assert document["servers"][0]["url"] == "https://live.tencentcloudapi.com"
    assert "ap-guangzhou" in document["servers"][1]["variables"]["region"]["enum"]


def test_legacy_actions_are_deprecated_with_their_replacement(exported: dict[str, dict[str, Any]]) -> None:
    legacy = {name: a for name, a in LIVE.actions.items() if a.legacy is not None}
    assert legacy
    for name, action in legacy.items():
        operation = _operation(exported["live"], name)
        assert operation["deprecated"] is True
        assert action.legacy is not None and operation["x-tc-legacy"]["replacement"] == action.legacy.replacement
    assert _operation(exported["live"], "CreateRecord")["x-tc-legacy"]["replacement"] == "CreateRecordTask"
    # documented by seed 002, but the manual's overview lists it as 创建录制任务(已废弃,请使用新接口)
    assert _operation(exported["live"], "CreateLiveRecord")["deprecated"] is True
    assert "deprecated" not in _operation(exported["live"], "CreateLiveRecordTemplate")


def _tiny_spec() -> ServiceSpec:
    spec = ServiceSpec(service="demo", version="2020-01-01", endpoint="demo.tencentcloudapi.com")
    spec.structures["DoThingRequest"] = Structure("DoThingRequest", "A structure whose name a request would take.")
    spec.structures["Error"] = Structure("Error", "Another taken name.", [Field("Detail", "String")])
    spec.actions["DoThing"] = Action(
        name="DoThing",
        input=[Field("Thing", "DoThingRequest", required=True), Field("Count", "Integer", example="3")],
        output=[Field("Note", "String", nullable=True), Field("RequestId", "String")],
        examples=[Example("unreadable", request=None, request_text="{ Thing: ", problems=["the JSON is cut off"])],
        source=Source("spec/sources/demo/a.md", 7),
    )
    spec.actions["Another"] = Action(name="Another", source=Source("spec/sources/demo/a.md", 40))
    return spec


def test_names_that_structures_hold_are_not_reused() -> None:
    document = export_openapi(_tiny_spec())
    schemas = document["components"]["schemas"]
    body = _operation(document, "DoThing")["requestBody"]["content"]["application/json"]
    request = _schema(document, body["schema"])
    assert body["schema"]["$ref"] != "#/components/schemas/DoThingRequest"
    assert request["properties"]["Thing"]["$ref"] == "#/components/schemas/DoThingRequest"
    assert request["properties"]["Count"]["examples"] == [3]
    assert schemas["Error"]["properties"] == {"Detail": {"type": "string"}}
    error_response = [name for name, s in schemas.items() if "Error" in s.get("required", [])]
    assert len(error_response) == 1
    assert schemas[error_response[0]]["properties"]["Error"]["$ref"] != "#/components/schemas/Error"
    assert body["examples"]["example1"] == {
        "summary": "unreadable",
        "description": "the JSON is cut off",
        "x-tc-text": "{ Thing: ",
    }
    from openapi_spec_validator import validate

    validate(document)


def test_output_does_not_depend_on_insertion_order_or_hash_seed() -> None:
    spec = load_spec(ROOT / "spec" / "vod-2018-07-17.json")
    text = dump_openapi(spec)
    spec.actions = dict(reversed(spec.actions.items()))
    spec.structures = dict(reversed(spec.structures.items()))
    spec.errors = dict(reversed(spec.errors.items()))
    assert dump_openapi(spec) == text
    script = (
        "import sys; from pathlib import Path; from codegen.spec.io import load_spec; "
        "from codegen.export.openapi import dump_openapi; "
        "sys.stdout.buffer.write(dump_openapi(load_spec(Path('spec/vod-2018-07-17.json'))).encode())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "987", "LC_ALL": "C"}
    other = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True)
    assert other.stdout.decode("utf-8") == text


def test_export_names_unknown_services_and_missing_specs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(ROOT / "pyproject.toml")
    assert main(["export", "openapi", "cvm", "--config", config, "-o", str(tmp_path)]) == 2
    assert "no service cvm" in capsys.readouterr().err
    project = make_project(tmp_path / "project")
    assert main(["export", "openapi", "--config", str(project), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("codegen: error: ") and "vod-2018-07-17.json" in err and "regenerate" in err
    assert not (tmp_path / "out").exists()
    (tmp_path / "a-file").write_text("", "utf-8")
    assert main(["export", "openapi", "vod", "--config", config, "-o", str(tmp_path / "a-file")]) == 2
    assert (
        capsys.readouterr().err
        == f"codegen: error: {tmp_path / 'a-file'}: not a folder; -o names the folder the documents go to\n"
    )


def test_regenerate_writes_the_documents_the_configuration_asks_for_and_check_covers_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = make_project(tmp_path, CONFIG.replace('specs = "spec"\n', 'specs = "spec"\nopenapi = "spec/openapi"\n'))
    folder = tmp_path / "spec" / "openapi"
    regenerate(load_config(project), cache_dir=tmp_path / "cache")
    assert sorted(p.name for p in folder.iterdir()) == ["mps-2019-06-12.openapi.json", "vod-2018-07-17.openapi.json"]
    assert main(["export", "openapi", "vod", "--config", str(project), "-o", str(tmp_path / "exported")]) == 0
    exported = tmp_path / "exported" / "vod-2018-07-17.openapi.json"
    assert exported.read_bytes() == (folder / "vod-2018-07-17.openapi.json").read_bytes()
    capsys.readouterr()
    assert main(["regenerate", "--check", "--config", str(project)]) == 0

    document = folder / "vod-2018-07-17.openapi.json"
    document.write_text(document.read_text("utf-8").replace('"deprecated"', '"Deprecated"', 1) + " ", "utf-8")
    mine = folder / "cvm-2017-03-12.openapi.json"  # the user's own file: not codegen's, so never stale nor removed
    mine.write_text("{}\n", "utf-8")
    assert main(["regenerate", "--check", "--config", str(project)]) == 1
    err = capsys.readouterr().err
    assert "spec/openapi/vod-2018-07-17.openapi.json: edited by hand" in err
    assert "mps-2019-06-12.openapi.json" not in err and "cvm-2017-03-12" not in err

    regenerate(load_config(project), cache_dir=tmp_path / "cache")
    assert document.read_bytes() == exported.read_bytes()
    assert mine.read_text("utf-8") == "{}\n"
    assert main(["regenerate", "--check", "--config", str(project)]) == 0

    # a service taken out of the configuration takes its document with it
    mps = '\n[[tool.codegen.service]]\nname = "mps"\nversion = "2019-06-12"\nsources = ["spec/sources/mps/*"]\n'
    project.write_text(project.read_text("utf-8").replace(mps, ""), "utf-8")
    regenerate(load_config(project), cache_dir=tmp_path / "cache")
    assert sorted(p.name for p in folder.iterdir()) == ["cvm-2017-03-12.openapi.json", "vod-2018-07-17.openapi.json"]


def test_a_bad_openapi_key_is_a_configuration_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path, CONFIG.replace('specs = "spec"\n', 'specs = "spec"\nopenapi = 3\n'))
    assert main(["regenerate", "--config", str(project)]) == 2
    assert "openapi must be a folder" in capsys.readouterr().err
    assert not (tmp_path / "spec" / "vod-2018-07-17.json").exists()


# -- a peer generator consumes the live document --------------------------------------------------------------


def _generate_peer(document: dict[str, Any], folder: Path, package: str) -> Path:
    """Run openapi-python-client on the document (no post hooks); fail on any error or warning it prints."""
    pytest.importorskip("openapi_python_client")
    (folder / "document.json").write_text(json.dumps(document), "utf-8")
    (folder / "config.yaml").write_text("post_hooks: []\n", "utf-8")
    command = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(folder / "document.json")]
    command += ["--output-path", str(folder / package), "--meta", "none", "--config", str(folder / "config.yaml")]
    run = subprocess.run(command, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Warning" not in run.stdout + run.stderr, run.stdout + run.stderr
    return folder / package


def _operation_modules(package: Path, service: str) -> dict[str, str]:
    """The peer's module for each action, found by the path each module's request goes to."""
    modules = {}
    for path in sorted((package / "api" / service).glob("*.py")):
        found = re.search(r'"url": "/#X-TC-Action=(\w+)"', path.read_text("utf-8"))
        if found:
            modules[found.group(1)] = f"{package.name}.api.{service}.{path.stem}"
    return modules


@pytest.fixture(scope="session")
def peer(exported: dict[str, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """openapi-python-client's client for the full live document, generated once: the module of each operation,
    by action."""
    folder = tmp_path_factory.mktemp("peer")
    package = _generate_peer(exported["live"], folder, "live_peer")
    sys.path.insert(0, str(folder))
    modules = _operation_modules(package, "live")
    return {"modules": {action: importlib.import_module(name) for action, name in modules.items()}}


@pytest.mark.parametrize("service", ["vod", "mps"])
def test_the_peer_consumes_the_vod_and_mps_documents(
    exported: dict[str, dict[str, Any]], service: str, tmp_path: Path
) -> None:
    spec = load_spec(ROOT / "spec" / f"{service}-{SERVICES[service]}.json")
    package = _generate_peer(exported[service], tmp_path, f"{service}_peer")
    assert set(_operation_modules(package, service)) == set(spec.actions)
    models = {path.stem for path in (package / "models").glob("*.py")}
    undefined = [name for name, s in spec.structures.items() if not s.defined]
    assert undefined and all(module_name(name) in models for name in undefined)


def _capture(seen: list[httpx.Request], response: dict[str, Any]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=response)

    return httpx.MockTransport(handler)


def _peer_send(peer: dict[str, Any], action: str, body: dict[str, Any], reply: dict[str, Any]) -> tuple[Any, Any]:
    seen: list[httpx.Request] = []
    client_module = importlib.import_module("live_peer.client")
    client = client_module.Client(
        base_url="https://live.tencentcloudapi.com", httpx_args={"transport": _capture(seen, reply)}
    )
    module = peer["modules"][action]
    request_class = getattr(importlib.import_module("live_peer.models"), f"{action}Request")
    response = module.sync_detailed(client=client, body=request_class.from_dict(body))
    return seen[0], response.parsed


def _our_send(action: str, body: dict[str, Any]) -> httpx.Request:
    from tcapi.live.v20180801 import LiveClient
    from tcapi.runtime.credentials import Credential

    models = importlib.import_module(f"tcapi.live.v20180801.models.{module_name(action)}")
    seen: list[httpx.Request] = []
    transport = _capture(seen, {"Response": {"RequestId": "r"}})
    with LiveClient(Credential("AKIDexample", "secret"), "ap-guangzhou", transport=transport) as client:
        client.send(getattr(models, f"{action}Request").from_dict(body))
    return seen[0]


def _wire(request: httpx.Request) -> tuple[Any, ...]:
    """What the API reads from a request: method, URL, the headers that select and decode the call, the JSON body."""
    media_type = request.headers["Content-Type"].split(";")[0].strip()
    headers = (request.headers["X-TC-Action"], request.headers["X-TC-Version"], media_type)
    return request.method, str(request.url), headers, json.loads(request.content)


def _same_instant(a: Any, b: Any) -> bool:
    """Equal JSON, where two strings also match when they are the same RFC 3339 instant (`Z` and `+00:00`)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_instant(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_instant(x, y) for x, y in zip(a, b))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        try:
            return datetime.fromisoformat(a) == datetime.fromisoformat(b)
        except ValueError:
            return False
    return bool(a == b) and type(a) is type(b)


def test_the_peer_generates_a_method_per_live_action(peer: dict[str, Any]) -> None:
    assert set(peer["modules"]) == set(LIVE.actions)


def test_the_peer_sends_create_live_record_as_our_client_does(peer: dict[str, Any]) -> None:
    example = LIVE.actions["CreateLiveRecord"].examples[0]
    assert example.request is not None and example.response is not None
    theirs, parsed = _peer_send(peer, "CreateLiveRecord", example.request, example.response)
    ours = _our_send("CreateLiveRecord", example.request)
    assert _wire(theirs) == _wire(ours)
    assert _wire(ours)[:3] == (
        "POST",
        "https://live.tencentcloudapi.com/",
        ("CreateLiveRecord", "2018-08-01", "application/json"),
    )
    assert parsed.response.task_id == 1234567


def test_the_peer_reads_the_error_envelope(peer: dict[str, Any]) -> None:
    failure = {"Response": {"Error": {"Code": "InvalidParameter", "Message": "bad"}, "RequestId": "r-1"}}
    _, parsed = _peer_send(peer, "CreateLiveRecord", {"StreamName": "s"}, failure)
    assert (parsed.response.error.code, parsed.response.request_id) == ("InvalidParameter", "r-1")


def _accepted_examples() -> list[tuple[str, dict[str, Any]]]:
    """Every readable live request example that our validator accepts (the others are never sent)."""
    from tcapi.runtime.errors import ValidationError

    accepted = []
    for name in sorted(LIVE.actions):
        action = LIVE.actions[name]
        if action.legacy is not None:
            continue
        models = importlib.import_module(f"tcapi.live.v20180801.models.{module_name(name)}")
        for i, example in enumerate(action.examples):
            if example.request is None:
                continue
            try:
                getattr(models, f"{name}Request").from_dict(example.request).validate()
            except ValidationError:
                continue
            accepted.append(pytest.param(name, example.request, id=f"{name}-{i + 1}"))
    return accepted


@pytest.mark.parametrize(("action", "body"), _accepted_examples())
def test_the_peer_sends_every_documented_example_as_our_client_does(
    peer: dict[str, Any], action: str, body: dict[str, Any]
) -> None:
    theirs, _ = _peer_send(peer, action, body, {"Response": {"RequestId": "r"}})
    (method, url, headers, sent), (our_method, our_url, our_headers, our_sent) = _wire(theirs), _wire(
        _our_send(action, body)
    )
    assert (method, url, headers) == (our_method, our_url, our_headers)
    assert _same_instant(sent, our_sent), (sent, our_sent)
