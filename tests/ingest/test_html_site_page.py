"""A page shaped like the doc site's own (sidebar, breadcrumb, rno-markdown article, API Explorer box, highlighted
code, feedback widget), checked against values read off the page by hand."""

from __future__ import annotations

from pathlib import Path

from codegen.ingest import read_document
from codegen.parse import parse_document

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "site-live-CreateLivePadTemplate-zh.html"


def test_site_page_parses_like_the_document_says() -> None:
    doc = read_document(PAGE)
    assert (doc.format, doc.language, doc.updated) == ("html", "zh", "2025-04-25 01:42:38")
    spec = parse_document(doc)
    assert (spec.service, spec.version, spec.endpoint) == ("live", "2018-08-01", "live.tencentcloudapi.com")
    action = spec.actions["CreateLivePadTemplate"]
    assert action.rate_limit == 20
    assert action.description == "创建直播垫片模板。"
    assert [(f.name, f.type, f.array, f.required, f.example) for f in action.input] == [
        ("TemplateName", "String", False, True, "testName"),
        ("Url", "String", False, True, "https://test.com/a.mp4"),
        ("Tags", "Tag", True, False, None),
        ("Type", "Integer", False, False, "1"),
    ]
    assert action.input[3].constraints.enum == [1, 2] and action.input[3].constraints.default == 1
    assert [(f.name, f.type) for f in action.output] == [("TemplateId", "Integer"), ("RequestId", "String")]
    assert action.examples[0].request == {"Url": "http://domain.com/app/name", "TemplateName": "name", "Type": 1}
    assert action.examples[0].response == {
        "Response": {"TemplateId": 1000, "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"}
    }
    assert action.errors == ["InternalError.ConfOutLimit", "InvalidParameter"]
    assert "此页面对您是否有帮助" not in action.description
