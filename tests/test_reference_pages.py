"""Pages without actions: data-structure pages and error-code pages parse into the spec's structures and errors."""

from __future__ import annotations

import pytest

from codegen.errors import SourceError
from codegen.ingest import read_document
from codegen.parse import parse_document

STRUCTURES = """## CertInfo

证书信息。

被如下接口引用：DescribeLiveCert, DescribeLiveCerts。

| 名称 | 类型 | 描述 |
|---|---|---|
| CertId | Integer | 证书 ID。 |
| DomainList | Array of String | 绑定的域名列表。<br>注意：此字段可能返回 null，表示取不到有效值。 |

## RecordParam

录制参数。

被如下接口引用：CreateLiveRecordTemplate。

| 名称 | 类型 | 必选 | 描述 |
|---|---|---|---|
| RecordInterval | Integer | 否 | 录制间隔。取值范围：1800-7200。 |
| Enable | Integer | 是 | 是否启用。0：否，1：是。 |
| Cert | [CertInfo](#CertInfo) | 否 | 证书。 |
"""

ERRORS = """## 公共错误码

| 错误码 | 说明 |
|---|---|
| AuthFailure.SignatureExpire | 签名过期。 |
| InternalError | 内部错误。 |
| UnsupportedProtocol | http(s) 请求协议错误，只支持 GET 和 POST 请求。 |

## 业务错误码

| 错误码 | 说明 |
|---|---|
| ResourceNotFound.StreamNotExist | 流不存在。 |
"""


def test_data_structure_page() -> None:
    spec = parse_document(read_document("structures.md", STRUCTURES))
    cert, record = spec.structures["CertInfo"], spec.structures["RecordParam"]
    assert cert.description == "证书信息。"
    assert cert.referenced_by == ["DescribeLiveCert", "DescribeLiveCerts", "RecordParam"]
    domains = cert.fields[1]
    assert (domains.name, domains.type, domains.array, domains.nullable) == ("DomainList", "String", True, True)
    assert [(f.name, f.required) for f in record.fields] == [
        ("RecordInterval", False),
        ("Enable", True),
        ("Cert", False),
    ]
    assert (record.fields[0].constraints.minimum, record.fields[0].constraints.maximum) == (1800, 7200)
    assert record.fields[1].constraints.enum == [0, 1]
    assert record.fields[2].type == "CertInfo"
    assert not spec.actions


def test_error_code_page_keeps_bare_and_dotted_codes() -> None:
    spec = parse_document(read_document("errors.md", ERRORS))
    assert sorted(spec.errors) == [
        "AuthFailure.SignatureExpire",
        "InternalError",
        "ResourceNotFound.StreamNotExist",
        "UnsupportedProtocol",
    ]
    assert spec.errors["InternalError"].description == "内部错误。"


def test_a_page_with_nothing_the_parser_knows_is_an_error() -> None:
    with pytest.raises(SourceError) as caught:
        parse_document(read_document("notes.md", "## Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"))
    assert "no API content found" in str(caught.value)
