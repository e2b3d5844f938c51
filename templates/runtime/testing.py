"""The checks behind the generated tests. Each generated test module subclasses `ActionSuite`, naming its action's
models, clients and documented examples (a JSON file beside it); the suite runs the same checks for every action.

Imported only by tests: it needs pytest."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from .credentials import Credential
from .errors import ValidationError
from .modeling import Model, Request, Response

_CREDENTIAL = Credential("AKIDexample", "secret-key-example")


class ActionSuite:
    """Documented examples through both clients with a mock transport, and the validator's view of each request."""

    action: ClassVar[str]
    data_file: ClassVar[Path]
    client_class: ClassVar[type[Any]]
    async_client_class: ClassVar[type[Any]]
    request_class: ClassVar[type[Request[Any]]]
    response_class: ClassVar[type[Response]]
    outputs: ClassVar[dict[str, tuple[str, type[Model] | None]]]
    region: ClassVar[str] = "ap-guangzhou"
    deprecated: ClassVar[bool] = False

    @classmethod
    def data(cls) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads(cls.data_file.read_text("utf-8"))
        return loaded

    def call_keyword_method(self, client: Any) -> Response:
        """Call the action's keyword method with the minimal request; written out by each generated module."""
        raise NotImplementedError

    @classmethod
    def pytest_generate_tests(cls, metafunc: pytest.Metafunc) -> None:
        if "example" in metafunc.fixturenames:
            examples: list[dict[str, Any]] = cls.data()["examples"]
            ids = [e["title"] or f"example {i + 1}" for i, e in enumerate(examples)]
            metafunc.parametrize("example", examples, ids=ids)

    def transport(self, body: dict[str, Any], seen: list[dict[str, Any]]) -> httpx.MockTransport:
        def handler(request: httpx.Request) -> httpx.Response:
            assert request.headers["X-TC-Action"] == self.action
            assert request.headers["Authorization"].startswith("TC3-HMAC-SHA256 Credential=AKIDexample/")
            seen.append(json.loads(request.content))
            return httpx.Response(200, json=body)

        return httpx.MockTransport(handler)

    def check_outputs(self, response: Response, documented: dict[str, Any]) -> None:
        assert isinstance(response, self.response_class)
        assert response.to_dict() == documented
        for wire, value in documented.items():
            if wire not in self.outputs:
                assert response.extra[wire] == value
                continue
            attribute, structure = self.outputs[wire]
            parsed = getattr(response, attribute)
            if structure is None or value is None:
                assert parsed == value
            elif isinstance(value, list):
                assert all(isinstance(item, structure) for item in parsed)
            else:
                assert isinstance(parsed, structure)

    def test_example(self, example: dict[str, Any]) -> None:
        """Round-trips exactly; the validator accepts it, or rejects exactly the fields that contradict the table;
        an accepted example goes through both clients and comes back as the documented response. An example the
        generator could not read cleanly is skipped with its reason."""
        if example.get("skip"):
            pytest.skip(example["skip"])
        request = self.request_class.from_dict(example["request"])
        assert request.to_dict() == example["sent"]
        self.check_outputs(self.response_class.from_dict(example["response"]), example["response"])
        if example["rejected"]:
            with pytest.raises(ValidationError) as caught:
                request.validate()
            fields = {problem.path.split(".")[0].split("[")[0] for problem in caught.value.problems}
            assert sorted(fields) == example["rejected"]
            return
        request.validate()
        seen: list[dict[str, Any]] = []
        transport = self.transport({"Response": example["response"]}, seen)
        with self.client_class(_CREDENTIAL, self.region, transport=transport) as client:
            self.check_outputs(client.send(self.request_class.from_dict(example["request"])), example["response"])

        async def call() -> Response:
            async with self.async_client_class(_CREDENTIAL, self.region, transport=transport) as client:
                response: Response = await client.send(self.request_class.from_dict(example["request"]))
                return response

        self.check_outputs(asyncio.run(call()), example["response"])
        assert seen == [example["sent"], example["sent"]]

    def test_minimal_request_and_required_parameters(self) -> None:
        """The smallest valid request goes through the keyword method; leaving out any required parameter fails
        validation and sends nothing."""
        minimal = self.data()["minimal"]
        self.request_class.from_dict(minimal).validate()
        seen: list[dict[str, Any]] = []
        transport = self.transport({"Response": {"RequestId": "req-1"}}, seen)
        with self.client_class(_CREDENTIAL, self.region, transport=transport) as client:
            if self.deprecated:
                with pytest.warns(DeprecationWarning, match=self.action):
                    response = self.call_keyword_method(client)
            else:
                response = self.call_keyword_method(client)
            assert seen == [minimal]
            assert response.to_dict() == {"RequestId": "req-1"}
            for field in (f for f in self.request_class._fields if f.required):
                data = {k: v for k, v in minimal.items() if k != field.wire}
                with pytest.raises(ValidationError) as caught:
                    client.send(self.request_class.from_dict(data))
                assert field.attr in [problem.path for problem in caught.value.problems]
        assert len(seen) == 1
