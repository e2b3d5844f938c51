"""The naming rule: no Python name made from a document can collide with Python, the runtime's members or another
generated name; values the documents give land in code as literals that evaluate to themselves."""

from __future__ import annotations

import builtins
import keyword
import math

import pytest

from codegen.render.literals import pyrepr
from codegen.render.naming import (
    CLIENT_MEMBERS,
    MAX_MODULE,
    MODEL_MEMBERS,
    attribute_names,
    class_names,
    method_names,
    module_names,
)
from codegen.render.views import common_error_classes
from codegen.spec.model import Constraints, Field, ServiceSpec


def _public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def test_every_public_runtime_member_is_reserved() -> None:
    from tcapi.runtime.client import AsyncBaseClient, BaseClient
    from tcapi.runtime.modeling import Model, Request, Response

    assert _public(Model) | _public(Request) | _public(Response) | {"extra", "raw_response"} <= MODEL_MEMBERS
    assert _public(BaseClient) | _public(AsyncBaseClient) <= CLIENT_MEMBERS


HOSTILE = ["None", "True", "False", "Class", "Match", "Type", "List", "Validate", "ToDict", "Extra", "Send", "Self"]


def test_attributes_and_methods_are_never_keywords_builtins_or_members() -> None:
    for names, members in ((attribute_names(HOSTILE), MODEL_MEMBERS), (method_names(HOSTILE), CLIENT_MEMBERS)):
        for name in names.values():
            assert name.isidentifier() and not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
            assert name not in dir(builtins) and name not in members


def test_names_that_meet_after_conversion_stay_distinct_in_order() -> None:
    assert attribute_names(["Url", "URL", "url"]) == {"Url": "url", "URL": "url_2", "url": "url_3"}
    assert attribute_names(["1stValue", "2"]) == {"1stValue": "n1st_value", "2": "n2"}
    assert class_names(["A.BC", "AB.C", "ABC"]) == {"A.BC": "ABC", "AB.C": "ABC_2", "ABC": "ABC_3"}


def test_class_names_avoid_literals_builtins_and_module_globals() -> None:
    names = class_names(["None", "True", "False", "Exception", "Field", "Model", "Any", "ERRORS", "9Lives"])
    assert names == {
        "None": "None_",
        "True": "True_",
        "False": "False_",
        "Exception": "Exception_",
        "Field": "Field_",
        "Model": "Model_",
        "Any": "Any_",
        "ERRORS": "ERRORS_",
        "9Lives": "T9Lives",
    }


def test_module_names_fit_any_file_system_and_never_meet() -> None:
    long_a, long_b = "Describe" + "X" * 300, "Describe" + "X" * 299 + "Y"
    names = module_names([long_a, long_b, "Foo", "FOO", "Import"])
    assert all(len(n) <= MAX_MODULE for n in names.values())
    assert len(set(n.lower() for n in names.values())) == 5
    assert names["Import"] == "import_"


@pytest.mark.parametrize("value", [math.inf, -math.inf])
def test_infinite_values_land_in_code_as_float_calls(value: float) -> None:
    assert eval(pyrepr(value), {"__builtins__": {"float": float}}) == value
    assert eval(pyrepr((1, value))) == (1, value)


def test_nan_lands_in_code_as_a_float_call() -> None:
    assert math.isnan(eval(pyrepr(math.nan), {"__builtins__": {"float": float}}))


def test_a_constraint_of_inf_renders_as_a_working_field_table() -> None:
    from codegen.render import render_service
    from codegen.render.format import unmark
    from codegen.spec.model import Action

    spec = ServiceSpec(service="demo", version="2020-01-01", endpoint="demo.tencentcloudapi.com")
    limit = Constraints(maximum=math.inf, minimum=-math.inf)
    spec.actions["Run"] = Action(name="Run", input=[Field(name="Level", type="Float", constraints=limit)])
    files = render_service(spec, "demo")
    source = unmark(files["demo/demo/v20200101/models/run.py"])
    assert 'maximum=float("inf")' in source and 'minimum=float("-inf")' in source
    compile(source, "run.py", "exec")


def test_the_common_codes_come_from_the_runtime() -> None:
    from tcapi.runtime.errors import COMMON_ERRORS

    assert common_error_classes() == {code: cls.__name__ for code, cls in COMMON_ERRORS.items()}


def test_a_service_named_like_a_keyword_gets_an_importable_package() -> None:
    from codegen.render import render_service
    from codegen.spec.model import Action

    spec = ServiceSpec(service="as", version="2018-04-19", endpoint="as.tencentcloudapi.com")
    spec.actions["DescribeAccountLimits"] = Action(name="DescribeAccountLimits")
    files = render_service(spec, "demo")
    assert "demo/as_/v20180419/client.py" in files and not [p for p in files if p.startswith("demo/as/")]
    assert "import AsClient" in files["demo/as_/v20180419/__init__.py"]
    assert '_service = "as"' in files["demo/as_/v20180419/_settings.py"]
