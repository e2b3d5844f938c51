"""Layouts of real pages over the years (issue 10), each written small: what the parser must read from them."""

from __future__ import annotations

from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.spec.model import Action, ServiceSpec


def _parse(text: str, name: str = "page.md") -> ServiceSpec:
    return parse_document(read_document(name, text))


def _action(spec: ServiceSpec) -> Action:
    (action,) = spec.actions.values()
    return action


API_NAME_PAGE = """## API Name
DescribeGadgets

## 功能描述
查询小部件。

接口访问域名：gadget.api.qcloud.com

## 请求参数

| 类型 | 参数名称 | 描述 | 是否必填 |
|---|---|---|---|
| String | gadgetId | 小部件 ID | 是 |
| array of Strings | tags | 标签 | 否 |
| 以下为分页参数 | | | |
| Integer | limit | 数量 | 否 |

## 请求参数

| Field | Data Type | Meaning |
|---|---|---|
| code | Int | 错误码 |
| gadgets | Array | 小部件列表 |

## 错误码

| Error Code Value | Reason |
|---|---|
| 9003 | 参数错误 |
| 说明：其他错误码见公共错误码 | |
"""


def test_api_name_section_columns_in_any_order_and_a_mislabelled_output_table() -> None:
    spec = _parse(API_NAME_PAGE)
    action = _action(spec)
    assert action.name == "DescribeGadgets"
    assert (spec.service, spec.endpoint) == ("gadget", "")
    assert action.legacy is not None
    assert [(f.name, f.type, f.array, f.required) for f in action.input] == [
        ("gadgetId", "String", False, True),
        ("tags", "String", True, False),  # 'array of Strings'
        ("limit", "Integer", False, False),
    ]
    assert [(f.name, f.type, f.array) for f in action.output] == [("code", "Integer", False), ("gadgets", "Object", True)]
    assert action.errors == ["9003"]
    assert action.description == "查询小部件。"
    # the note rows are left out, each with a warning naming its line
    assert any("page.md:15:" in w and "以下为分页参数" in w for w in spec.warnings)
    assert any("page.md:30:" in w and "error-code row" in w for w in spec.warnings)


def test_an_error_table_the_parser_does_not_understand_keeps_the_page() -> None:
    text = API_NAME_PAGE.replace("| Error Code Value | Reason |", "| Time | Event |").replace(
        "| 9003 | 参数错误 |", "| 10:00 | 上线 |"
    )
    spec = _parse(text)
    action = _action(spec)
    assert len(action.input) == 3 and action.errors == []
    assert any("page.md:27:" in w and "not an error-code table" in w for w in spec.warnings)


def test_return_parameters_and_region_worded_otherwise() -> None:
    text = """## 1. API Description
This API (ModifyGadget) is used to modify a gadget.

## 2. Input Parameters
| Parameter Name | Required | Type | Description |
|---|---|---|---|
| Action | Yes | String | The name of this API |
| Region | No | String | This parameter is not required for this API |
| GadgetId | Yes | String | Gadget ID |

## 3. Return Parameters
| Parameter Name | Type | Description |
|---|---|---|
| RequestId | String | Request ID |
"""
    action = _action(_parse(text))
    assert action.name == "ModifyGadget"
    assert [f.name for f in action.input] == ["GadgetId"]
    assert [f.name for f in action.output] == ["RequestId"]


def test_wrapped_example_value_and_nullable_note_rows() -> None:
    text = """## 1. 接口描述
接口请求域名： gadget.tencentcloudapi.com 。

本接口（DescribeGadget）用于查询小部件。

## 2. 输入参数
| 参数名称 | 必选 | 类型 | 描述 |
| --- | --- | --- | --- |
| GadgetId | 是 | String | 小部件 ID  
示例值：gd-123 |

## 3. 输出参数
| 参数名称 | 类型 | 描述 |
| --- | --- | --- |
| Gadget | [Gadget](/document/api/1/2#Gadget) | 小部件  
注意：此字段可能返回 null，表示取不到有效值。 |
| RequestId | String | 唯一请求 ID |
"""
    spec = _parse(text)
    action = _action(spec)
    (gadget_id,) = action.input
    assert (gadget_id.name, gadget_id.example, gadget_id.required) == ("GadgetId", "gd-123", True)
    assert action.output[0].nullable and "可能返回 null" in action.output[0].description
    # the page ends in its output table, so it may be cut: that is warned too
    assert spec.warnings == [
        "page.md:17: DescribeGadget: the page ends in its output parameter table, with nothing after it (no examples,"
        " no error codes): the page may be cut, and rows after line 17 lost",
        "structure Gadget is referenced by DescribeGadget but defined in no source",
    ]


def test_a_document_without_api_content_is_still_an_error() -> None:
    import pytest

    from codegen.errors import SourceError

    with pytest.raises(SourceError) as info:
        _parse("## Notes\n\nNothing to see here.\n")
    assert info.value.line == 1 and "no API content" in info.value.message


NO_HEADINGS = """This API (DescribeGizmos) is used to query gizmos.

Parameter Name{s}Required{s}Type{s}Description
GizmoIds.N{s}No{s}Array of String{s}Gizmo IDs
Limit{s}Yes{s}Integer{s}Number

Parameter Name{s}Type{s}Description
TotalCount{s}Integer{s}Count
RequestId{s}String{s}Request ID
"""


def test_copied_text_with_no_headings_at_all() -> None:
    """The table with a required column holds the inputs, the other the outputs; the text before them describes."""
    for separator in ("\t", " "):
        doc = read_document("copied.txt", NO_HEADINGS.format(s=separator))
        assert doc.format == "pagetext"
        action = _action(parse_document(doc))
        assert action.name == "DescribeGizmos"
        assert action.description == "This API (DescribeGizmos) is used to query gizmos."
        assert [(f.name, f.type, f.array, f.required) for f in action.input] == [
            ("GizmoIds", "String", True, False),
            ("Limit", "Integer", False, True),
        ]
        assert [f.name for f in action.output] == ["TotalCount", "RequestId"]
