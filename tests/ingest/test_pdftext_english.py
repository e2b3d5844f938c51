"""The PDF-text reader on the English edition of a Tencent Cloud API manual.

MANUAL is a made-up excerpt written for this test in the style of the text extracted from the international site's
PDF manuals: a cover, a copyright notice and a table of contents; footers ('©2013-2025 Tencent Cloud. All rights
reserved. Page N of M', or 'Page N of M' alone, or the copyright and the page on two lines) with the product's name
above most of them; each document's title block ('<title>' over 'Last updated：…', a chapter title above the first
document of a chapter) printed at the end of the document's first page, in the middle of a table; link lists; rows
whose description starts on the name's line and rows where it does not; a type broken over two lines ('Array of' /
'TaskFilter'); cells continued on the next page, under a repeated header or not; JSON one token per line, split by a
footer; a 'Data Types' document (its 'Last updated' with an ASCII colon) and an 'Error Codes' document.

The English seed pages (live 002, vod 000) are also turned into such a text ('pdfify': footers every few lines, a title
block on the first page, repeated table headers) and must parse to what the page-text reader makes of them.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest

from codegen.errors import SourceError
from codegen.ingest import detect_format, pagetext, pdftext, read_document
from codegen.ingest._text import match_header, section_kind
from codegen.ingest.document import Block, CodeBlock, Document, Heading, Table
from codegen.parse import parse_document
from codegen.spec.model import ServiceSpec

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "spec" / "sources"
CORPUS = ROOT.parent / "shared" / "corpus"

MANUAL = """\
Cloud Gadget Service
API Documentation
Product Documentation
©2013-2025 Tencent Cloud. All rights reserved. Page 1 of 13

Copyright Notice
©2013-2025 Tencent Cloud. All rights reserved.
This manual is published by the owner of the service. Nothing in it may be copied or handed on without written
permission.
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 2 of 13

Contents
API Documentation ........ 4
History ........ 4
Common Params ........ 4
Gadget Template APIs ........ 5
CreateGadgetTemplate ........ 5
Gadget Task APIs ........ 7
DescribeGadgetTasks ........ 7
Data Types ........ 10
Error Codes ........ 12
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 3 of 13
Common parameters are sent with every request. They are described here once and left out of the pages of the
actions.
Region List
Region Value
South China (Guangzhou) ap-guangzhou
East China (Shanghai) ap-shanghai
Southeast Asia (Singapore) ap-singapore
Common Params
Last updated：2024-11-20 08:00:00
https://www.tencentcloud.com/document/api/1234/56700
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 4 of 13
1. API Description
Domain name for API request: gadget.tencentcloudapi.com.
This API is used to create a gadget template. A template holds the settings applied to every gadget created from
it, such as its size and rendering mode.
A maximum of 20 requests can be initiated per second for this API.
We recommend you to use API Explorer
Try it
API Explorer provides a range of capabilities, including online call, signature authentication, SDK code
generation, and API quick search. It enables you to view the request, response, and auto-generated examples.
2. Input Parameters
The following request parameter list only provides API request parameters and some common parameters. For the
complete common parameter list, see Common Request Parameters.
Parameter Name Required Type Description
Action Yes String Common Params. The value used for this API: CreateGadgetTemplate.
Version Yes String Common Params. The value used for this API: 2023-05-01.
Region No String Common Params. This parameter is not required for this API.
TemplateName Yes String
Template name.
It can contain up to 64 characters.
Example value: basic_template
Width No Integer Width of the gadget in pixels, from 16 to 4096.
Example value: 1280
CallbackUrl No String Address notified each time a gadget is created from the template.
Example value: https://callback.example.com/gadget/notifications/templates/
created
Labels.N No Array of String Labels attached to the template, used to group templates in the console and to filter
them when templates are listed.
Gadget Template APIs
CreateGadgetTemplate
Last updated：2025-03-27 16:08:24

https://www.tencentcloud.com/document/api/1234/56789
https://www.tencentcloud.com/document/api/1234/56790
https://console.tencentcloud.com/api/explorer?Product=gadget&Version=2023-05-01&Action=CreateGadgetTemplate
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 5 of 13
Parameter Name Required Type Description
At most 10 labels can be attached.
Example value: news
Mode No String
Rendering mode. Valid values:
FAST: render quickly;
EXACT: render every frame.
Default value: FAST.
Example value: EXACT
3. Output Parameters
Parameter Name Type Description
TemplateId Integer ID of the created template.
Example value: 1001
RequestId String The unique request ID, generated by the server, will be returned for every request (if the request fails to reach
the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
4. Example
Example1 Creating a gadget template
This example shows you how to create a template named basic_template.
Input Example
POST / HTTP/1.1
Host: gadget.tencentcloudapi.com
Content-Type: application/json
X-TC-Action: CreateGadgetTemplate
<Common request parameters>

{

"TemplateName": "basic_template",

"Width": 1280,

"Labels": [

"news"
Page 6 of 13
],

"Mode": "EXACT"

}
Output Example
{
"Response": {
"TemplateId": 1001,
"RequestId": "a2c4e6f8-0000-4000-8000-0123456789ab"
}
}
5. Developer Resources
SDK
TencentCloud API 3.0 integrates SDKs that support various programming languages to make it easier for you to call
APIs.
Tencent Cloud SDK 3.0 for Python
Tencent Cloud SDK 3.0 for Java
Command Line Interface
Tencent Cloud CLI 3.0
6. Error Code
The following only lists the error codes related to the API business logic. For other error codes, see Common Error
Codes.
Error Code Description
FailedOperation Operation failed.
InvalidParameterValue.TemplateName The template name is invalid: it is too long or contains characters that are not
allowed.
LimitExceeded.TemplateCount The number of templates has reached the limit.
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved.
Page 7 of 13
1. API Description
Domain name for API request: gadget.tencentcloudapi.com.
This API is used to query gadget tasks. Tasks can be filtered by status and by template.
A maximum of 50 requests can be initiated per second for this API.
2. Input Parameters
The following request parameter list only provides API request parameters and some common parameters. For the
complete common parameter list, see Common Request Parameters.
Parameter Name Required Type Description
Action Yes String Common Params. The value used for this API: DescribeGadgetTasks.
Version Yes String Common Params. The value used for this API: 2023-05-01.
Region Yes String Common Params. For more information, please see the list of regions supported by the product.
Filters.N No Array of
TaskFilter
Filter conditions. Each filter names a field and the values it may take; a task is returned only if it matches
every filter.
Gadget Task APIs
DescribeGadgetTasks
Last updated：2025-04-01 09:30:00
https://www.tencentcloud.com/document/api/1234/56791
https://console.tencentcloud.com/api/explorer?Product=gadget&Version=2023-05-01&Action=DescribeGadgetTasks
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 8 of 13
Up to 5 filters can be given in one request.
Limit No Integer Number of tasks to return. Default value: 20. Maximum value: 100.
Example value: 20
Offset No Integer
Offset of the first task to return. Default value: 0.
Example value: 0
3. Output Parameters
Parameter Name Type Description
TotalCount Integer Total number of tasks that match the filters.
Example value: 2
TaskSet Array of GadgetTask List of tasks.
Note: This field may return null, indicating that no valid values can be obtained.
RequestId String The unique request ID, generated by the server, will be returned for every request (if the request fails to reach
the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
4. Example
Example1 Querying running tasks
Input Example
https://gadget.tencentcloudapi.com/?Action=DescribeGadgetTasks
&Filters.0.Name=Status
&Filters.0.Values.0=RUNNING
&Limit=10
&<Common request parameters>
Output Example
{
"Response": {
"TotalCount": 1,
"TaskSet": [
{
"TaskId": "task-7k2m9q",
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 9 of 13
"Status": "RUNNING",
"Progress": 42.5,
"Labels": [
"news"
]
}
],
"RequestId": "b3d5f7a9-1111-4000-8000-0123456789ab"
}
}
5. Developer Resources
SDK
TencentCloud API 3.0 integrates SDKs that support various programming languages to make it easier for you to call
APIs.
Command Line Interface
Tencent Cloud CLI 3.0
6. Error Code
The following only lists the error codes related to the API business logic. For other error codes, see Common Error
Codes.
Error Code Description
InternalError Internal error.
InvalidParameter.InvalidFilter The filter is invalid: its name is not supported, or it has no values.
ResourceNotFound.TemplateNotExist The template does not exist.
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 10 of 13
GadgetTask
Information of a gadget task.
Used by actions: DescribeGadgetTasks.
Name Type Description
TaskId String Task ID.
Example value: task-7k2m9q
Status String
Task status. Valid values:
RUNNING: the task is running;
FINISHED: the task has finished.
Data Types
Last updated: 2025-05-06 11:00:00
https://www.tencentcloud.com/document/api/1234/56792
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 11 of 13
Name Type Description
Example value: RUNNING
Progress Float Progress of the task in percent.
Example value: 42.5
Labels Array of String Labels of the template that the task was created from.
Note: This field may return null, indicating that no valid values can be obtained.
Example value: news
TaskFilter
A filter on tasks. A task passes a filter when its field has one of the filter's values.
Used by actions: DescribeGadgetTasks, DescribeGadgetTemplates, DescribeGadgetStatistics,
ExportGadgetTasks.
Name Type Required Description
Name String Yes Field to filter on. Valid values: Status, TemplateId.
Example value: Status
Values Array of String Yes Values of the field.
Example value: RUNNING
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 12 of 13
Feature Description
If there is an Error field in the response, it means that the API call failed. The Code field in Error indicates the
error code, and the Message field indicates the error details.
Error Code List
Common Error Codes
Error Code Description
ActionOffline This API has been taken offline.
AuthFailure.InvalidAuthorization The Authorization in the request header is invalid.
AuthFailure.SignatureExpire The signature has expired. The Timestamp and the server time cannot differ by more
than five minutes.
InternalError Internal error.
Business Error Codes
Error Code Description
FailedOperation Operation failed.
InvalidParameter.InvalidFilter The filter is invalid.
LimitExceeded.TemplateCount The number of templates has reached the limit.
ResourceNotFound.TemplateNotExist The template does not exist.
Error Codes
Last updated：2025-01-02 10:00:00
Cloud Gadget Service
©2013-2025 Tencent Cloud. All rights reserved. Page 13 of 13
"""

# What must never reach a description, an example or a paragraph of the parsed document.
FURNITURE = (
    "Tencent Cloud. All rights reserved",
    "Page ",
    "Last updated",
    "Cloud Gadget Service",
    "https://www.tencentcloud.com",
    "console.tencentcloud.com",
    "API Explorer",
    "Try it",
    "Contents",
    "Copyright Notice",
    "Gadget Template APIs",
    "Gadget Task APIs",
)


def line_of(text: str, line: str, after: int = 0) -> int:
    """The 1-based number of the first line equal to `line` after line `after`."""
    lines = text.split("\n")
    return next(i + 1 for i in range(after, len(lines)) if lines[i] == line)


@pytest.fixture(scope="module")
def doc() -> Document:
    return read_document("gadget-manual.txt", MANUAL)


@pytest.fixture(scope="module")
def spec(doc: Document) -> ServiceSpec:
    return parse_document(doc)


def fields(items: list[Any]) -> list[tuple[Any, ...]]:
    return [(f.name, f.type, f.array, f.required, f.nullable, f.example) for f in items]


def all_text(value: Any) -> list[str]:
    """Every string inside a spec (dataclasses, lists and dicts walked)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return all_text(dataclasses.asdict(value))
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in all_text(k) + all_text(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in all_text(v)]
    return [value] if isinstance(value, str) else []


def block_text(block: Block) -> str:
    if isinstance(block, Table):
        return "\n".join(
            [" ".join(block.header)] + [" ".join(r.cells) for r in block.rows]
        )
    return block.text


def comparable(spec: ServiceSpec) -> dict[str, Any]:
    """The spec without where things were read (lines, file names)."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: strip(v)
                for k, v in value.items()
                if k not in ("source", "sources", "line")
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    facts: dict[str, Any] = strip(dataclasses.asdict(spec))
    return facts


# --- detection ---------------------------------------------------------------------------------------------------


def test_detected_from_footers_and_title_blocks(doc: Document) -> None:
    assert detect_format("anything.md", MANUAL) == "pdftext"  # the name does not matter
    assert pdftext.sniff(MANUAL) == 1.0
    assert pagetext.sniff(MANUAL) < 1.0
    assert doc.format == "pdftext"
    assert doc.language == "en"
    assert doc.updated == "2025-05-06 11:00:00"  # the latest 'Last updated'
    # title blocks alone (a text without footers) are enough
    no_footers = "\n".join(
        line
        for line in MANUAL.split("\n")
        if not pdftext._FOOTER.search(line) and not line.startswith("©")
    )
    assert detect_format("x.txt", no_footers) == "pdftext"
    assert pdftext.sniff(no_footers) > pagetext.sniff(no_footers)


def test_not_claimed_page_text_or_markdown() -> None:
    pages = [path.read_text("utf-8") for path in sorted(SOURCES.glob("*/*.txt"))]
    pages += [path.read_text("utf-8") for path in sorted(CORPUS.glob("*.md"))]
    manuals = [text for text in pages if "版权所有" in text]
    assert len(manuals) == 1  # the Chinese Cloud Live manual, seed 004
    for text in pages:
        if text not in manuals:
            assert pdftext.sniff(text) == 0.0
    # a page copied from the web site: one title and 'Last updated' line
    page = (SOURCES / "live" / "002_7d09637ba2421d51.txt").read_text("utf-8")
    copied = page.replace(
        "Última atualização: 2025-10-30 21:48:09", "Last updated：2025-10-30 21:48:09"
    )
    assert "Last updated：" in copied
    assert pdftext.sniff(copied) == 0.0
    assert detect_format("page.txt", copied) == "pagetext"
    # Markdown that quotes a footer and title blocks is still Markdown
    markdown = "# Notes\n\n| a | b |\n|---|---|\n\n" + MANUAL
    assert pdftext.sniff(markdown) == 0.0
    # one 'Page 3 of 10' line is not a footer
    assert pdftext.sniff("Some text\nPage 3 of 10\nMore text\n") == 0.0


def test_not_a_manual() -> None:
    text = "Some notes\n©2013-2025 Tencent Cloud. All rights reserved. Page 1 of 2\nMore notes\n"
    with pytest.raises(SourceError) as info:
        pdftext.read("notes.txt", text)
    assert "1. API Description" in info.value.message


# --- the reader's blocks ------------------------------------------------------------------------------------------


def test_titles_are_level_1_where_their_documents_start(doc: Document) -> None:
    titles = [b for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    assert [b.text for b in titles] == [
        "Common Params",
        "Gadget Template APIs",
        "CreateGadgetTemplate",
        "Gadget Task APIs",
        "DescribeGadgetTasks",
        "Data Types",
        "Error Codes",
    ]
    # each title block was printed at the end of its document's first page; its heading opens that page
    for title, first in (
        ("CreateGadgetTemplate", "1. API Description"),
        ("DescribeGadgetTasks", "1. API Description"),
        ("Data Types", "GadgetTask"),
        ("Error Codes", "Feature Description"),
    ):
        at = next(
            i for i, b in enumerate(doc.blocks) if b in titles and b.text == title
        )
        assert block_text(doc.blocks[at + 1]) == first, title
    # the cover, the copyright notice and the contents are gone
    assert doc.blocks[0] == titles[0]


def test_tables_over_pages(doc: Document) -> None:
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    headers = [t.header for t in tables]
    assert headers == [
        ("Region", "Value"),
        ("Parameter Name", "Required", "Type", "Description"),
        ("Parameter Name", "Type", "Description"),
        ("Error Code", "Description"),
        ("Parameter Name", "Required", "Type", "Description"),
        ("Parameter Name", "Type", "Description"),
        ("Error Code", "Description"),
        ("Name", "Type", "Description"),
        ("Name", "Type", "Required", "Description"),
        ("Error Code", "Description"),
        ("Error Code", "Description"),
    ]
    regions, inputs = tables[0], tables[1]
    assert regions.rows[0].cells == ("South China (Guangzhou)", "ap-guangzhou")
    # a row cut by the title block, the link list and the footer, under a repeated header on the next page
    labels = next(r for r in inputs.rows if r.cells[0] == "Labels.N")
    assert labels.cells == (
        "Labels.N",
        "No",
        "Array of String",
        "Labels attached to the template, used to group templates in the console and to filter them when "
        "templates are listed.\nAt most 10 labels can be attached.\nExample value: news",
    )
    assert MANUAL.split("\n")[labels.line - 1].startswith("Labels.N No Array of String")
    # the type broken over two lines, the description continued on the next page without a header
    filters = tables[4].rows[3]
    assert filters.cells[:3] == ("Filters.N", "No", "Array of TaskFilter")
    assert filters.cells[3].endswith(
        "a task is returned only if it matches every filter.\nUp to 5 filters can be given in one request."
    )


def test_code_blocks_lose_the_footers(doc: Document) -> None:
    codes = [b.text for b in doc.blocks if isinstance(b, CodeBlock)]
    assert len(codes) == 4
    # the request's JSON runs over a bare 'Page 6 of 13' footer
    assert codes[0].split("\n")[-8:] == [
        "{",
        '"TemplateName": "basic_template",',
        '"Width": 1280,',
        '"Labels": [',
        '"news"',
        "],",
        '"Mode": "EXACT"',
        "}",
    ]
    assert "Cloud Gadget Service" not in codes[3]
    assert codes[2] == (
        "https://gadget.tencentcloudapi.com/?Action=DescribeGadgetTasks\n&Filters.0.Name=Status\n"
        "&Filters.0.Values.0=RUNNING\n&Limit=10\n&<Common request parameters>"
    )


def test_no_furniture_in_the_blocks(doc: Document) -> None:
    everything = "\n".join(block_text(b) for b in doc.blocks)
    for furniture in FURNITURE:
        if furniture in ("Gadget Template APIs", "Gadget Task APIs"):
            continue  # chapter titles are level-1 headings
        assert furniture not in everything, furniture


# --- the parsed spec ----------------------------------------------------------------------------------------------


def test_service(spec: ServiceSpec) -> None:
    assert (spec.service, spec.version, spec.endpoint) == (
        "gadget",
        "2023-05-01",
        "gadget.tencentcloudapi.com",
    )
    assert spec.language == "en"
    assert spec.updated == "2025-05-06 11:00:00"
    assert sorted(spec.actions) == ["CreateGadgetTemplate", "DescribeGadgetTasks"]
    assert [(r.name, r.description) for r in spec.regions] == [
        ("ap-guangzhou", "South China (Guangzhou)"),
        ("ap-shanghai", "East China (Shanghai)"),
        ("ap-singapore", "Southeast Asia (Singapore)"),
    ]
    assert spec.warnings == []


def test_create_template(spec: ServiceSpec) -> None:
    action = spec.actions["CreateGadgetTemplate"]
    assert action.description == (
        "This API is used to create a gadget template. A template holds the settings applied to every gadget "
        "created from it, such as its size and rendering mode."
    )
    assert action.rate_limit == 20
    assert action.source.line == line_of(MANUAL, "1. API Description")
    assert fields(action.input) == [
        ("TemplateName", "String", False, True, False, "basic_template"),
        ("Width", "Integer", False, False, False, "1280"),
        (
            "CallbackUrl",
            "String",
            False,
            False,
            False,
            "https://callback.example.com/gadget/notifications/templates/created",
        ),
        ("Labels", "String", True, False, False, "news"),
        ("Mode", "String", False, False, False, "EXACT"),
    ]
    assert [f.description for f in action.input] == [
        "Template name.\nIt can contain up to 64 characters.",
        "Width of the gadget in pixels, from 16 to 4096.",
        "Address notified each time a gadget is created from the template.",
        "Labels attached to the template, used to group templates in the console and to filter them when "
        "templates are listed.\nAt most 10 labels can be attached.",
        "Rendering mode. Valid values:\nFAST: render quickly;\nEXACT: render every frame.\nDefault value: FAST.",
    ]
    assert action.input[0].constraints.max_length == 64
    assert fields(action.output) == [
        ("TemplateId", "Integer", False, False, False, "1001"),
        ("RequestId", "String", False, False, False, None),
    ]
    assert action.output[1].description == (
        "The unique request ID, generated by the server, will be returned for every request (if the request "
        "fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is "
        "required for locating a problem."
    )
    assert action.errors == [
        "FailedOperation",
        "InvalidParameterValue.TemplateName",
        "LimitExceeded.TemplateCount",
    ]
    (example,) = action.examples
    assert example.title == "Example1 Creating a gadget template"
    assert example.request == {
        "TemplateName": "basic_template",
        "Width": 1280,
        "Labels": ["news"],
        "Mode": "EXACT",
    }
    assert example.response == {
        "Response": {
            "TemplateId": 1001,
            "RequestId": "a2c4e6f8-0000-4000-8000-0123456789ab",
        }
    }
    assert example.problems == []


def test_describe_tasks(spec: ServiceSpec) -> None:
    action = spec.actions["DescribeGadgetTasks"]
    assert action.description == (
        "This API is used to query gadget tasks. Tasks can be filtered by status and by template."
    )
    assert action.rate_limit == 50
    assert fields(action.input) == [
        ("Filters", "TaskFilter", True, False, False, None),
        ("Limit", "Integer", False, False, False, "20"),
        ("Offset", "Integer", False, False, False, "0"),
    ]
    assert action.input[0].description == (
        "Filter conditions. Each filter names a field and the values it may take; a task is returned only if it "
        "matches every filter.\nUp to 5 filters can be given in one request."
    )
    assert (
        action.input[1].constraints.maximum,
        action.input[1].constraints.default,
    ) == (100, 20)
    assert fields(action.output) == [
        ("TotalCount", "Integer", False, False, False, "2"),
        ("TaskSet", "GadgetTask", True, False, True, None),
        ("RequestId", "String", False, False, False, None),
    ]
    assert action.errors == [
        "InternalError",
        "InvalidParameter.InvalidFilter",
        "ResourceNotFound.TemplateNotExist",
    ]
    (example,) = action.examples
    assert example.request == {
        "Filters": [{"Name": "Status", "Values": ["RUNNING"]}],
        "Limit": 10,
    }
    assert example.response == {
        "Response": {
            "TotalCount": 1,
            "TaskSet": [
                {
                    "TaskId": "task-7k2m9q",
                    "Status": "RUNNING",
                    "Progress": 42.5,
                    "Labels": ["news"],
                }
            ],
            "RequestId": "b3d5f7a9-1111-4000-8000-0123456789ab",
        }
    }


def test_data_types(spec: ServiceSpec) -> None:
    assert sorted(spec.structures) == ["GadgetTask", "TaskFilter"]
    task, filter_ = spec.structures["GadgetTask"], spec.structures["TaskFilter"]
    assert task.defined and filter_.defined
    assert task.description == "Information of a gadget task."
    assert task.referenced_by == ["DescribeGadgetTasks"]
    assert fields(task.fields) == [
        ("TaskId", "String", False, False, False, "task-7k2m9q"),
        ("Status", "String", False, False, False, "RUNNING"),
        ("Progress", "Float", False, False, False, "42.5"),
        ("Labels", "String", True, False, True, "news"),
    ]
    assert task.fields[1].description == (
        "Task status. Valid values:\nRUNNING: the task is running;\nFINISHED: the task has finished."
    )
    assert filter_.description == (
        "A filter on tasks. A task passes a filter when its field has one of the filter's values."
    )
    # the 'Used by actions' list wrapped over two lines; actions outside the excerpt are kept
    assert filter_.referenced_by == [
        "DescribeGadgetStatistics",
        "DescribeGadgetTasks",
        "DescribeGadgetTemplates",
        "ExportGadgetTasks",
    ]
    # an input structure's table has a Required column
    assert fields(filter_.fields) == [
        ("Name", "String", False, True, False, "Status"),
        ("Values", "String", True, True, False, "RUNNING"),
    ]


def test_error_codes(spec: ServiceSpec) -> None:
    assert {code: e.description for code, e in spec.errors.items()} == {
        "ActionOffline": "This API has been taken offline.",
        "AuthFailure.InvalidAuthorization": "The Authorization in the request header is invalid.",
        "AuthFailure.SignatureExpire": "The signature has expired. The Timestamp and the server time cannot "
        "differ by more than five minutes.",
        "InternalError": "Internal error.",
        "FailedOperation": "Operation failed.",
        "InvalidParameterValue.TemplateName": "The template name is invalid: it is too long or contains "
        "characters that are not allowed.",
        "LimitExceeded.TemplateCount": "The number of templates has reached the limit.",
        "InvalidParameter.InvalidFilter": "The filter is invalid: its name is not supported, or it has no values.",
        "ResourceNotFound.TemplateNotExist": "The template does not exist.",
    }


def test_no_furniture_in_the_spec(spec: ServiceSpec) -> None:
    texts = all_text(dataclasses.replace(spec, sources=[]))
    for text in texts:
        for furniture in FURNITURE:
            assert furniture not in text, (furniture, text)
        assert "Example value" not in text and "\n\n" not in text


# --- the same manual printed differently --------------------------------------------------------------------------

_FOOTER = re.compile(
    r"^(?:©2013-2025 Tencent Cloud\. All rights reserved\. )?Page (\d+) of 13$"
)


def reprint(text: str, style: str) -> str:
    """The manual with its footers in another style, or its lines spaced out, or without repeated headers."""
    lines = [line for line in text.split("\n")]
    out: list[str] = []
    for i, line in enumerate(lines):
        match = _FOOTER.match(line)
        if style == "spaced":
            out += [line, ""] if line.strip() else [line]
            continue
        if style == "explorer" and line.startswith("Last updated"):
            out += [line, "We recommend you to use API Explorer", "Try it"]
            continue
        if style == "page-opening space" and i and _FOOTER.match(lines[i - 1]):
            out.append(f" {line}")
            continue
        if (
            style == "no repeated headers"
            and i
            and _FOOTER.match(lines[i - 1])
            and match_header(line)
        ):
            continue
        if match is None or style not in ("below", "bare", "split"):
            out.append(line)
            continue
        if out and out[-1].startswith("©"):
            out.pop()
        if out and out[-1] == "Cloud Gadget Service":
            out.pop()
        page = match.group(1)
        if style == "below":
            out += [
                f"©2013-2025 Tencent Cloud. All rights reserved. Page {page} of 13",
                "Cloud Gadget Service",
            ]
        elif style == "bare":
            out.append(f"Page {page} of 13")
        else:
            out += [
                "Cloud Gadget Service",
                "©2013-2025 Tencent Cloud. All rights reserved.",
                f"Page {page} of 13",
            ]
    return "\n".join(out)


@pytest.mark.parametrize(
    "style",
    [
        "below",
        "bare",
        "split",
        "spaced",
        "no repeated headers",
        "explorer",
        "page-opening space",
    ],
)
def test_printed_differently(spec: ServiceSpec, style: str) -> None:
    text = reprint(MANUAL, style)
    assert text != MANUAL
    assert detect_format("manual.txt", text) == "pdftext"
    assert comparable(parse_document(read_document("manual.txt", text))) == comparable(
        spec
    )


# --- the English seed pages as a PDF's text -----------------------------------------------------------------------


def pdfify(
    text: str,
    title: str,
    every: int,
    repeat: bool,
    product: str = "Cloud Streaming Services",
) -> str:
    """A page copied from the web site as its PDF's text would have it: the article only, lines without their
    indentation, a footer (with the product's name above it) and a link after every `every` lines, the title block
    at the end of the first page, table headers repeated at the top of a page that continues a table (`repeat`),
    and a table of contents before it all."""
    lines = [line.strip() for line in text.split("\n")]
    start = next(
        i for i, line in enumerate(lines) if section_kind(line) == "description"
    )
    end = next(
        (i for i in range(start, len(lines)) if pagetext._CHROME_END.match(lines[i])),
        len(lines),
    )
    pages: list[list[str]] = []
    page: list[str] = []
    header = None
    for line in lines[start:end]:
        if section_kind(line):
            header = None
        elif match_header(line):
            header = line
        if repeat and not page and header not in (None, line):
            page.append(header)
        page.append(line)
        if sum(1 for kept in page if kept) >= every:
            pages.append(page)
            page = []
    pages.append(page)
    total = len(pages) + 1
    out = [
        "Contents",
        "API Documentation",
        title,
        product,
        f"©2013-2025 Tencent Cloud. All rights reserved. Page 1 of {total}",
    ]
    for number, page in enumerate(pages, 2):
        out += page
        if number == 2:
            out += [title, "Last updated：2024-03-27 16:08:24", ""]
        out += [
            f"https://www.tencentcloud.com/document/product/267/{30000 + number}",
            product,
            f"©2013-2025 Tencent Cloud. All rights reserved. Page {number} of {total}",
        ]
    return "\n".join(out) + "\n"


def action_facts(spec: ServiceSpec, name: str, responses: bool) -> dict[str, Any]:
    action = dataclasses.asdict(spec.actions[name])
    action.pop("source")
    # the page text keeps the web page's line breaks inside a paragraph, the PDF's text its own
    action["description"] = " ".join(action["description"].split())
    for example in action["examples"]:
        example.pop("problems")
        if not responses:
            example.pop("response")
            example.pop("response_text")
    return action


SEEDS = [
    ("live/002_7d09637ba2421d51.txt", "CreateLiveRecord", True),
    # vod 000 lost its bracket-only JSON lines: the page-text parse rebuilds its responses from their indentation,
    # which a PDF's text does not have, so its responses are not compared
    ("vod/000_b15c0570ae44f4dd.txt", "LiveRealTimeClip", False),
]


@pytest.mark.parametrize(("seed", "name", "responses"), SEEDS)
def test_seed_pages_as_pdf_text(seed: str, name: str, responses: bool) -> None:
    text = (SOURCES / seed).read_text("utf-8")
    web = parse_document(pagetext.read(seed, text))
    expected = action_facts(web, name, responses)
    assert len(expected["input"]) >= 10 and expected["errors"]
    for repeat in (False, True):
        for every in (7, 12, 19, 26, 33, 40, 47):
            pdf_text = pdfify(text, name, every, repeat)
            doc = read_document("manual.txt", pdf_text)
            assert doc.format == "pdftext"
            assert [
                b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1
            ] == [name]
            pdf = parse_document(doc)
            assert (pdf.service, pdf.version, pdf.updated) == (
                web.service,
                web.version,
                "2024-03-27 16:08:24",
            )
            assert action_facts(pdf, name, responses) == expected, (every, repeat)
            assert list(pdf.errors) == list(web.errors)
