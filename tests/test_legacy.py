"""Legacy (API 2.0) pages: `接口名`, `域名：x.api.qcloud.com`, HTML tables with a `来源` column, `Int`, `Array`, dotted
output names. They parse as legacy actions; dotted outputs become generated structures named `<Action>` + the
CapWords of every segment of the dotted path (`DescribeEip` + `data.eipSet` → `DescribeEipDataEipSet`)."""

from __future__ import annotations

import json
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.parse.nesting import nest_fields, structure_name
from codegen.spec.io import dump_spec, spec_to_dict
from codegen.spec.merge import merge_specs
from codegen.spec.model import Field, ServiceSpec, Source

HERE = Path(__file__).resolve().parent

# A page in the style of the old qcloud.com API 2.0 documents, written for this test.
LEGACY_PAGE = """\
## 1. 接口描述

域名：eip.api.qcloud.com
接口名：DescribeEip

查询弹性公网IP列表。

## 2. 输入参数

<table class="t"><tbody><tr>
<th><b>参数名称</b></th>
<th><b>必选</b></th>
<th><b>类型</b></th>
<th><b>描述</b></th>
<th><b>来源</b></th>
<tr>
<td> Action
<td> 是
<td> String
<td> 操作接口名
<td> 系统规定参数，此处取值：DescribeEip
<tr>
<td> eipIds.n
<td> 否
<td> String
<td> 弹性公网IP实例ID列表
<td> 调用<a href="/doc/api/229/1377">查询弹性公网IP</a>(DescribeEip)接口获取
<tr>
<td> offset
<td> 否
<td> Int
<td> 偏移量，默认为0
<td>
<tr>
<td> limit
<td> 否
<td> Int
<td> 返回数量，默认为20
<td>
</tbody></table>

## 3. 输出参数

<table class="t"><tbody><tr>
<th><b>参数名称</b></th>
<th><b>类型</b></th>
<th><b>描述</b></th>
<tr>
<td> code
<td> Int
<td> 错误码, 0: 成功, 其他值: 失败
<tr>
<td> message
<td> String
<td> 错误信息
<tr>
<td> data
<td> Array
<td> 返回的数据
<tr>
<td> data.totalCount
<td> Int
<td> 符合条件的EIP数量
<tr>
<td> data.eipSet
<td> Array
<td> EIP 列表
<tr>
<td> data.eipSet.eipId
<td> String
<td> EIP 实例 ID
<tr>
<td> data.eipSet.eip
<td> String
<td> EIP 地址
<tr>
<td> data.eipSet.status
<td> Int
<td> EIP 状态
<tr>
<td> data.eipSet.internetInfo.bandwidth
<td> Int
<td> 带宽上限，单位 Mbps
</tbody></table>

## 4. 示例

输入

<pre>
  https://eip.api.qcloud.com/v2/index.php?Action=DescribeEip
  &offset=0
  &limit=1
  &<a href="https://cloud.tencent.com/doc/api/229/6976">公共请求参数</a>
</pre>

输出

```
{
  "code": 0,
  "message": "",
  "data": {
    "totalCount": 1,
    "eipSet": [
      {
        "eipId": "eip-hxlqja90",
        "eip": "150.109.31.42",
        "status": 4,
        "internetInfo": {"bandwidth": 10}
      }
    ]
  }
}
```

## 5. 错误码

| 错误代码 | 错误描述 |
|---------|---------|
| 9003 | 参数错误 |
| -9010 | 指定的EIP不存在 |
"""


def _parse(text: str, name: str = "legacy-DescribeEip.md") -> ServiceSpec:
    return parse_document(read_document(name, text))


def _names(fields: list[Field]) -> list[tuple[str, str, bool]]:
    return [(f.name, f.type, f.array) for f in fields]


def test_legacy_page_is_a_legacy_action() -> None:
    spec = _parse(LEGACY_PAGE)
    action = spec.actions["DescribeEip"]
    assert action.legacy is not None
    assert "eip.api.qcloud.com" in action.legacy.note
    # The API 2.0 domain names the service (as the corpus manifest does: eip, lb, cdb); it is no API 3.0 endpoint.
    assert (spec.service, spec.version, spec.endpoint) == ("eip", "", "")
    assert action.description == "查询弹性公网IP列表。"
    assert action.rate_limit is None


def test_legacy_inputs_skip_common_parameters_and_keep_the_source_column() -> None:
    action = _parse(LEGACY_PAGE).actions["DescribeEip"]
    assert [(f.name, f.type, f.array, f.required) for f in action.input] == [
        ("eipIds", "String", True, False),  # `.n` is API 2.0's array suffix
        ("offset", "Integer", False, False),  # `Int`
        ("limit", "Integer", False, False),
    ]
    eip_ids = action.input[0]
    assert eip_ids.description == "弹性公网IP实例ID列表\n来源：调用查询弹性公网IP(DescribeEip)接口获取"
    assert action.input[1].description == "偏移量，默认为0"  # an empty 来源 cell adds nothing


def test_dotted_outputs_become_generated_structures() -> None:
    spec = _parse(LEGACY_PAGE)
    action = spec.actions["DescribeEip"]
    assert _names(action.output) == [
        ("code", "Integer", False),
        ("message", "String", False),
        # declared `Array` (PHP's word for maps too), but the example shows an object
        ("data", "DescribeEipData", False),
    ]
    data = spec.structures["DescribeEipData"]
    assert data.defined and data.referenced_by == ["DescribeEip"]
    assert data.description == "返回的数据"
    assert _names(data.fields) == [("totalCount", "Integer", False), ("eipSet", "DescribeEipDataEipSet", True)]
    eip_set = spec.structures["DescribeEipDataEipSet"]
    assert eip_set.referenced_by == ["DescribeEipData"]
    assert _names(eip_set.fields) == [
        ("eipId", "String", False),
        ("eip", "String", False),
        ("status", "Integer", False),
        ("internetInfo", "DescribeEipDataEipSetInternetInfo", False),  # no row of its own: an implied object
    ]
    assert _names(spec.structures["DescribeEipDataEipSetInternetInfo"].fields) == [("bandwidth", "Integer", False)]
    assert eip_set.fields[0].description == "EIP 实例 ID"


def test_legacy_examples_and_error_codes() -> None:
    action = _parse(LEGACY_PAGE).actions["DescribeEip"]
    assert len(action.examples) == 1
    example = action.examples[0]
    assert example.request == {"offset": 0, "limit": 1}
    assert example.response is not None and example.response["data"]["eipSet"][0]["eipId"] == "eip-hxlqja90"
    assert action.errors == ["9003", "-9010"]


def test_without_an_example_the_declared_array_is_kept() -> None:
    page = LEGACY_PAGE.split("## 4. 示例")[0]
    spec = _parse(page)
    assert _names(spec.actions["DescribeEip"].output)[-1] == ("data", "DescribeEipData", True)
    assert spec.actions["DescribeEip"].examples == []


def test_legacy_spec_is_valid_and_merges() -> None:
    spec = _parse(LEGACY_PAGE)
    merged = merge_specs("vpc", "2017-03-12", [spec])
    text = dump_spec(merged)  # validated against the schema
    assert '"DescribeEipDataEipSet"' in text
    assert merged.structures["DescribeEipData"].defined


def test_legacy_page_rendered_to_html_parses_the_same() -> None:
    fixtures = _fixture_module()
    page = fixtures.Page("legacy-DescribeEip", LEGACY_PAGE, "zh", "legacy", "eip", "DescribeEip")
    html_spec = parse_document(read_document("legacy-DescribeEip.html", fixtures.render(page)))
    markdown_spec = _parse(LEGACY_PAGE)
    assert read_document("legacy-DescribeEip.html", fixtures.render(page)).format == "html"
    assert _comparable(html_spec) == _comparable(markdown_spec)


def test_nesting_rules() -> None:
    source = Source("x.md", 1)
    fields = [
        Field("instanceSet", "Object", array=True),  # how a bare `Array` cell is read
        Field("instanceSet.n.instanceId", "String"),  # `n`: the segment before is an array
        Field("owner.info", "OwnerInfo"),
        Field("owner.info.name", "String"),  # a parent row naming a structure type keeps that name
        Field("total_count", "Integer"),
    ]
    top, structures = nest_fields(fields, "DescribeThings", source, [])
    assert [(f.name, f.type, f.array) for f in top] == [
        ("instanceSet", "DescribeThingsInstanceSet", True),
        ("owner", "DescribeThingsOwner", False),
        ("total_count", "Integer", False),
    ]
    assert [s.name for s in structures] == ["DescribeThingsInstanceSet", "DescribeThingsOwner", "OwnerInfo"]
    assert structure_name("DescribeEips", ["data", "eip_set"]) == "DescribeEipsDataEipSet"
    # what the spec schema allows a structure name to hold, whatever the action and field names hold
    dotted = structure_name("NS.BGPIP.ServicePack.GetTransRules", ["paging"])
    assert dotted == "NSBGPIPServicePackGetTransRulesPaging"
    assert structure_name("1st.action", ["a b", "数据", "x$y"]) == "Nested1stActionAbXy"
    undotted = [Field("a", "String")]
    assert nest_fields(undotted, "X", source, []) == (undotted, [])


def test_corpus_legacy_page_when_present() -> None:
    path = HERE.parents[1] / "shared" / "corpus" / "monitor-DeleteNamespace-legacy.md"
    if not path.exists():
        pytest.skip("shared corpus not present")
    spec = parse_document(read_document(path))
    action = spec.actions["DeleteNamespace"]
    assert action.legacy is not None
    assert [(f.name, f.type, f.required) for f in action.input] == [("namespace", "String", True)]
    assert "来源：调用查询命名空间(DescribeNamespace)接口查询" in action.input[0].description


def _comparable(spec: ServiceSpec) -> dict[str, object]:
    data = spec_to_dict(spec)
    data.pop("sources")
    for action in data["actions"].values():
        action.pop("source")
    for structure in data["structures"].values():
        structure.pop("source", None)
    return data


def _fixture_module() -> ModuleType:
    name = "make_html_fixtures"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "fixtures" / "make_html_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_a_dotted_legacy_action_name_passes_the_schema(tmp_path: Path) -> None:
    from codegen.cli import main

    page = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "csec-NS.BGPIP.ServicePack.GetTransRules-legacy.md"
    if not page.is_file():
        pytest.skip(f"corpus not found at {page.parent}")
    assert main(["parse", str(page), "-o", str(tmp_path / "spec.json")]) == 0
    spec = json.loads((tmp_path / "spec.json").read_text("utf-8"))
    assert list(spec["actions"]) == ["NS.BGPIP.ServicePack.GetTransRules"]


def test_a_dotted_legacy_action_gives_structure_names_the_schema_accepts() -> None:
    """Found by the fuzzer: a legacy action named with dots (csec's `NS.BGPIP.ServicePack.GetTransRules`) put its
    dots into the names of the structures generated for dotted output rows, and the spec failed its schema."""
    page = (
        "## 1. 接口描述\n\n域名：csec.api.qcloud.com\n接口名：NS.BGPIP.ServicePack.GetTransRules\n\n"
        "获取转发规则列表。\n\n## 3. 输出参数\n\n"
        "| 参数名称 | 类型 | 描述 |\n|---|---|---|\n"
        "| total | Integer | 规则数 |\n| paging.index | Integer | 页面索引 |\n| paging.count | Integer | 每页条数 |\n"
    )
    spec = parse_document(read_document("csec.md", page))
    assert list(spec.structures) == ["NSBGPIPServicePackGetTransRulesPaging"]
    dump_spec(merge_specs("csec", "", [spec]))  # raises if the schema refuses a name
