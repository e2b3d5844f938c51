"""Rebuilding example JSON that lost its bracket-only lines, and reading GET examples."""

from __future__ import annotations

from codegen.parse.examples import parse_request, rebuild_json
from codegen.spec.model import Field


def test_rebuilds_nested_objects_and_arrays_of_objects() -> None:
    text = (
        '    "Response": {\n'
        '        "Items": [\n'
        '                "A": 1,\n'
        '                "B": "x"\n'
        '                "A": 2,\n'
        '                "B": "y"\n'
        '        "Total": 2\n'
    )
    assert rebuild_json(text) == {"Response": {"Items": [{"A": 1, "B": "x"}, {"A": 2, "B": "y"}], "Total": 2}}


def test_rebuilds_arrays_of_scalars() -> None:
    assert rebuild_json('"Ids": [\n    "a",\n    "b"\n"Next": null') == {"Ids": ["a", "b"], "Next": None}


def test_refuses_when_indentation_is_inconsistent() -> None:
    assert rebuild_json('    "A": 1,\n  "B": 2') is None


def test_refuses_when_a_key_repeats_in_one_object() -> None:
    # without a missing comma there is no sign of a new element: two "A" in one object is ambiguous
    assert rebuild_json('"List": [\n    "A": 1,\n    "A": 2') is None


def test_refuses_partially_bracketed_text() -> None:
    assert rebuild_json('"A": {\n    "B": 1\n}\n"C": [') is None


def test_get_example_is_decoded_and_typed_by_the_table() -> None:
    fields = [Field("Limit", "Integer"), Field("Name", "String"), Field("Filters", "Filter", array=True)]
    text = "https://x.tencentcloudapi.com/?Action=Foo\n&Limit=10\n&Name=a+b%3a1\n&Filters.0.Name=zone\n&Filters.0.Values.0=ap-1\n&<Common request parameters>"
    request, problems = parse_request(text, fields)
    assert problems == []
    assert request == {"Limit": 10, "Name": "a b:1", "Filters": [{"Name": "zone", "Values": ["ap-1"]}]}


def test_post_example_with_headers() -> None:
    text = 'POST / HTTP/1.1\nHost: x.tencentcloudapi.com\nX-TC-Action: Foo\n<公共请求参数>\n\n{\n "A": [1, 2]\n}'
    assert parse_request(text, []) == ({"A": [1, 2]}, [])


def test_unreadable_example_is_kept_as_text_with_a_problem() -> None:
    request, problems = parse_request("<Common request parameters>\n{'a': 1}", [])
    assert request is None and problems and "cannot be rebuilt" in problems[0]
