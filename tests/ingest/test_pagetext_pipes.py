"""Page text from extractors that print tables as pipe rows without a leading pipe ('a | b |' over '---|---|')."""

from __future__ import annotations

from codegen.ingest import read_document
from codegen.parse import parse_document

PAGE = """1. 接口描述
接口请求域名: demo.tencentcloudapi.com 。
创建一个演示资源。
默认接口请求频率限制:5次/秒。
2. 输入参数
以下请求参数列表仅列出了接口请求参数和部分公共参数。
参数名称 | 必选 | 类型 | 描述 |
---|---|---|---|
Action | 是 | String | 公共参数,本接口取值:CreateDemo。 |
Version | 是 | String | 公共参数,本接口取值:2021-02-03。 |
Region | 否 | String | 公共参数,本接口不需要传递此参数。 |
Name | 是 | String | 资源名称 示例值:demo-1 |
Tags.N | 否 | Array of Tag | 标签列表。说明: 1. 最多 10 个。 2. 键不可重复。 |
Size | 否 | Integer | 大小,单位 GB。取值范围:10-100。 |
3. 输出参数
参数名称 | 类型 | 描述 |
---|---|---|
DemoId | String | 资源 ID 示例值:demo-abc |
RequestId | String | 唯一请求 ID,每次请求都会返回。 |
4. 示例
示例1 创建资源
输入示例
POST / HTTP/1.1
Host: demo.tencentcloudapi.com
X-TC-Action: CreateDemo
<公共请求参数>
{
    "Name": "demo-1",
    "Size": 20
}
输出示例
{
    "Response": {
        "DemoId": "demo-abc",
        "RequestId": "0f0f0f0f-1111-2222-3333-444444444444"
    }
}
5. 错误码
错误码 | 描述 |
---|---|
FailedOperation | 操作失败。 |
LimitExceeded.Quota | 超过配额。 |
"""


def test_pipe_rows_without_leading_pipe() -> None:
    doc = read_document("demo.txt", PAGE)
    assert doc.format == "pagetext" and doc.language == "zh"
    spec = parse_document(doc)
    assert (spec.service, spec.version) == ("demo", "2021-02-03")
    action = spec.actions["CreateDemo"]
    assert action.rate_limit == 5
    assert [(f.name, f.type, f.array, f.required) for f in action.input] == [
        ("Name", "String", False, True),
        ("Tags", "Tag", True, False),
        ("Size", "Integer", False, False),
    ]
    assert action.input[0].example == "demo-1" and action.input[0].description == "资源名称"
    assert (action.input[2].constraints.minimum, action.input[2].constraints.maximum) == (10, 100)
    assert [(f.name, f.example) for f in action.output] == [("DemoId", "demo-abc"), ("RequestId", None)]
    assert action.examples[0].request == {"Name": "demo-1", "Size": 20}
    assert action.errors == ["FailedOperation", "LimitExceeded.Quota"]


def test_a_row_broken_over_lines_is_joined() -> None:
    broken = PAGE.replace(
        "Tags.N | 否 | Array of Tag | 标签列表。说明: 1. 最多 10 个。 2. 键不可重复。 |",
        "Tags.N | 否 | Array of Tag | 标签列表。说明: 1. 最多 10 个。\n2. 键不可重复。 |",
    ).replace("Size | 否 | Integer | 大小,单位 GB。取值范围:10-100。 |", "Size | 否 |\nInteger | 大小,单位 GB。取值范围:10-100。 |")
    action = parse_document(read_document("demo.txt", broken)).actions["CreateDemo"]
    tags = action.input[1]
    assert (tags.name, tags.type, tags.array) == ("Tags", "Tag", True)
    assert tags.description == "标签列表。说明: 1. 最多 10 个。\n2. 键不可重复。"
    size = action.input[2]
    assert (size.name, size.type, size.required, size.constraints.maximum) == ("Size", "Integer", False, 100)
