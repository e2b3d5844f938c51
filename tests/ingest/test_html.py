"""The HTML reader: values read by hand off the fixture pages, chrome removal, unclosed tags, cell markup."""

from __future__ import annotations

import html as html_escape
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.errors import SourceError
from codegen.ingest import html
from codegen.ingest.textutil import find_updated
from codegen.ingest.document import (
    Block,
    CodeBlock,
    Document,
    Heading,
    Paragraph,
    Table,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HTML_DIR = FIXTURES / "html"
CORPUS = FIXTURES.parent.parent.parent / "shared" / "corpus"
GENERATED = sorted(p for p in HTML_DIR.glob("*.html") if not p.name.startswith("site-"))


def read_fixture(name: str) -> Document:
    path = HTML_DIR / name
    return html.read(str(path), path.read_text(encoding="utf-8"))


def line_of(name: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line of the fixture containing `needle`."""
    lines = (HTML_DIR / name).read_text(encoding="utf-8").split("\n")
    hits = [i + 1 for i, line in enumerate(lines) if needle in line]
    return hits[occurrence - 1]


def tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def headings(doc: Document) -> list[tuple[int, str]]:
    return [(b.level, b.text) for b in doc.blocks if isinstance(b, Heading)]


def codes(doc: Document) -> list[CodeBlock]:
    return [b for b in doc.blocks if isinstance(b, CodeBlock)]


def paragraphs(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def all_text(doc: Document) -> str:
    parts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            parts.append(" ".join(block.header))
            parts.extend(" ".join(row.cells) for row in block.rows)
        else:
            parts.append(block.text)
    return "\n".join(parts)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


# --- hand-written pages saved from the site ---------------------------------------------------------------------


class TestSiteCvmDescribeInstancesZh:
    NAME = "site-cvm-DescribeInstances-zh.html"

    @pytest.fixture(scope="class")
    def doc(self) -> Document:
        return read_fixture(self.NAME)

    def test_metadata(self, doc: Document) -> None:
        assert doc.format == "html"
        assert doc.language == "zh"
        assert (
            doc.updated == "2024-03-27 16:08:24"
        )  # from the article info, not the script's "updateTime"

    def test_title_and_headings(self, doc: Document) -> None:
        assert doc.blocks[0] == Heading(
            "查看实例列表", 1, line_of(self.NAME, 'class="J-mainTitle"')
        )
        assert headings(doc) == [
            (1, "查看实例列表"),
            (2, "1. 接口描述"),
            (2, "2. 输入参数"),
            (2, "3. 输出参数"),
            (2, "4. 示例"),
            (3, "示例1 查看实例列表"),
            (4, "输入示例"),
            (4, "输出示例"),
            (2, "5. 开发者资源"),
            (3, "SDK"),
            (2, "6. 错误码"),
        ]

    def test_description_paragraphs(self, doc: Document) -> None:
        texts = paragraphs(doc)
        assert texts[:6] == [
            "接口请求域名： cvm.tencentcloudapi.com 。",
            "本接口 (DescribeInstances) 用于查询一个或多个实例的详细信息。",
            "可以根据实例ID、实例名称或者实例计费模式等信息来查询实例的详细信息。过滤信息详细请见过滤器Filter。",
            "如果参数为空，返回当前用户一定数量（Limit所指定的数量，默认为20）的实例。",
            "支持查询实例的最新操作（LatestOperation）以及最新操作状态(LatestOperationState)。",
            "默认接口请求频率限制：40次/秒。",
        ]

    def test_input_table(self, doc: Document) -> None:
        table = tables(doc)[0]
        assert table.header == ("参数名称", "必选", "类型", "描述")
        assert [row.cells[0] for row in table.rows] == [
            "Action",
            "Version",
            "Region",
            "InstanceIds.N",
            "Filters.N",
            "Offset",
            "Limit",
        ]
        assert all(len(row.cells) == 4 for row in table.rows)
        ids = table.rows[3]
        assert ids.cells[1:3] == ("否", "Array of String")
        assert ids.cells[3] == (
            "按照一个或者多个实例ID查询。实例ID例如：ins-xxxxxxxx。（此参数的具体格式可参考API简介的ids.N一节）。"
            "每次请求的实例的上限为100。参数不支持同时指定InstanceIds和Filters。\n"
            '示例值：["ins-r8hr2upy"]'
        )
        filters = table.rows[4]
        assert filters.cells[2] == "Array of Filter"
        lines = filters.cells[3].split("\n")
        assert lines[:5] == [
            "• zone",
            "按照【可用区】进行过滤。可用区形如：ap-guangzhou-1。",
            "类型：String",
            "必选：否",
            "可选项：可用区列表",
        ]
        assert lines[5] == "• instance-charge-type"
        assert lines[9] == "• tag:tag-key"
        assert lines[-1] == (
            "每次请求的Filters的上限为10，Filter.Values的上限为5。参数不支持同时指定InstanceIds和Filters。"
        )
        assert len(lines) == 14
        assert table.rows[5].cells[3].endswith("\n示例值：0")

    def test_row_lines(self, doc: Document) -> None:
        table = tables(doc)[0]
        assert table.line == line_of(self.NAME, "<tr>", 1)
        assert table.rows[0].line == line_of(self.NAME, "<tr>", 2)
        assert table.rows[4].line == line_of(self.NAME, "<tr>", 6)

    def test_output_table_with_paragraphs_in_cells(self, doc: Document) -> None:
        table = tables(doc)[1]
        assert table.header == ("参数名称", "类型", "描述")
        assert [row.cells[:2] for row in table.rows] == [
            ("TotalCount", "Integer"),
            ("InstanceSet", "Array of Instance"),
            ("RequestId", "String"),
        ]
        assert table.rows[0].cells[2] == "符合条件的实例数量。\n示例值：1"

    def test_error_table(self, doc: Document) -> None:
        table = tables(doc)[2]
        assert table.header == ("错误码", "描述")
        assert len(table.rows) == 5
        assert table.rows[2].cells == (
            "InvalidInstanceId.Malformed",
            "无效实例ID。指定的实例ID格式错误。例如实例ID长度不为8位数字，形如ins-xxxxxxxx。",
        )

    def test_code_blocks_from_highlighted_spans(self, doc: Document) -> None:
        request, response = codes(doc)
        assert request.language == "http"
        assert request.text.startswith(
            "POST / HTTP/1.1\nHost: cvm.tencentcloudapi.com\n"
        )
        assert "X-TC-Action: DescribeInstances\n<公共请求参数>\n\n{\n" in request.text
        assert request.text.endswith('"Name": "zone"\n        }\n    ]\n}')
        assert response.language == "json"
        assert response.text == (
            "{\n"
            '    "Response": {\n'
            '        "TotalCount": 1,\n'
            '        "InstanceSet": [],\n'
            '        "RequestId": "b8a3d4e2-5c61-4d8a-9f0e-2a7c1b3e9d10"\n'
            "    }\n"
            "}"
        )
        assert response.line == line_of(self.NAME, 'class="line-numbers language-json"')

    def test_chrome_removed(self, doc: Document) -> None:
        text = all_text(doc)
        for chrome in (
            "腾讯云",  # logo (an <h1> in the top navigation)
            "最新活动",
            "文档中心",
            "API Explorer",
            "点击调试",
            "此页面对您是否有帮助",
            "上一篇",
            "目录",
            "复制代码",
            "Copyright",
            "下载 PDF",
            "最近更新时间",
        ):
            assert chrome not in text or chrome in source, chrome
        assert (
            sum(1 for b in doc.blocks if isinstance(b, Heading) and b.level == 1) == 1
        )


class TestSiteLiveDescribeLiveStreamStateEn:
    NAME = "site-live-DescribeLiveStreamState-en.html"

    @pytest.fixture(scope="class")
    def doc(self) -> Document:
        return read_fixture(self.NAME)

    def test_metadata(self, doc: Document) -> None:
        assert (doc.format, doc.language, doc.updated) == (
            "html",
            "en",
            "2024-05-10 11:02:37",
        )

    def test_headings_without_permalink_anchors(self, doc: Document) -> None:
        assert headings(doc) == [
            (1, "DescribeLiveStreamState"),
            (2, "1. API Description"),
            (2, "2. Input Parameters"),
            (2, "3. Output Parameters"),
            (2, "4. Example"),
            (3, "Example1 Querying stream status"),
            (4, "Input Example"),
            (4, "Output Example"),
            (2, "5. Developer Resources"),
            (3, "SDK"),
            (2, "6. Error Code"),
        ]

    def test_unclosed_paragraphs_and_entities(self, doc: Document) -> None:
        texts = paragraphs(doc)
        assert texts[0] == "Domain name for API request: live.tencentcloudapi.com."
        assert (
            texts[1]
            == "This API is used to return the stream status such as active, inactive, or forbidden."
        )
        assert texts[2] == "Note"
        assert (
            texts[5]
            == 'If you can\'t, call this API at least every 30 seconds & ignore transient "inactive" states.'
        )
        assert (
            "A maximum of 500 requests can be initiated per second for this API."
            in texts
        )
        assert not any("API Explorer" in t or "Try it" in t for t in texts)

    def test_input_table(self, doc: Document) -> None:
        table = tables(doc)[0]
        assert table.header == ("Parameter Name", "Required", "Type", "Description")
        assert [r.cells[:3] for r in table.rows] == [
            ("Action", "Yes", "String"),
            ("Version", "Yes", "String"),
            ("Region", "No", "String"),
            ("AppName", "Yes", "String"),
            ("DomainName", "Yes", "String"),
            ("StreamName", "Yes", "String"),
        ]
        assert (
            table.rows[0].cells[3]
            == "Common Params. The value used for this API: DescribeLiveStreamState"
        )
        assert table.rows[3].cells[3] == (
            'Push path, which is the same as the AppName in push and playback addresses and is "live" by default.\n'
            "Example value: live"
        )
        assert (
            table.rows[4].cells[3]
            == "Your push domain name.\nExample value: 5000.livepush.myqcloud.com"
        )
        # the last row's <td> and <tr> are never closed
        assert table.rows[5].cells[3] == "Stream name.\nExample value: stream1"
        assert table.rows[5].line == line_of(self.NAME, "<td>StreamName</td>") - 1

    def test_output_table_with_breaks(self, doc: Document) -> None:
        table = tables(doc)[1]
        assert table.header == ("Parameter Name", "Type", "Description")
        assert table.rows[0].cells == (
            "StreamState",
            "String",
            "Stream status,\nactive: active\ninactive: inactive\nforbid: forbidden.\nExample value: inactive",
        )
        assert table.rows[1].cells[0] == "RequestId"

    def test_error_table(self, doc: Document) -> None:
        table = tables(doc)[2]
        assert table.header == ("Error Code", "Description")
        assert [r.cells[0] for r in table.rows] == [
            "FailedOperation.CallOtherSvrError",
            "InternalError.CallOtherSvrError",
            "InternalError.ConnectDbError",
            "InvalidParameter",
            "ResourceNotFound.ForbidService",
            "ResourceNotFound.FreezeService",
        ]
        assert table.rows[4].cells[1] == "You\u2019re blocked."

    def test_code_blocks(self, doc: Document) -> None:
        request, response = codes(doc)
        assert request.text == (
            "https://live.tencentcloudapi.com/?Action=DescribeLiveStreamState\n"
            "&AppName=live\n"
            "&DomainName=5000.livepush.myqcloud.com\n"
            "&StreamName=stream1\n"
            "&<Common request parameters>"
        )
        assert request.language == ""
        assert response.language == "json"
        assert response.text == (
            '{\n  "Response": {\n    "StreamState": "inactive",\n'
            '    "RequestId": "ad6bf7e4-6f2b-4f8d-8d19-7e1b1dbc1e55"\n  }\n}'
        )

    def test_chrome_removed(self, doc: Document) -> None:
        text = all_text(doc)
        for chrome in (
            "Products",
            "Console",
            "Documentation /",
            "Was this page helpful",
            "Copy",
            "Copyright",
        ):
            assert chrome not in text or chrome in source, chrome
        assert "DescribeLiveStreamOnlineList" not in text  # side menu


# --- pages rendered from the Markdown corpus --------------------------------------------------------------------


def test_generated_fixture_list() -> None:
    """One fixture per Markdown page of the corpus, and the Markdown seed."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    expected = sorted([p.stem for p in CORPUS.glob("*.md")] + ["001_4c0c99729c772a06"])
    assert [p.stem for p in GENERATED] == expected
    assert len(expected) == 77


def _source_of(fixture: Path) -> str:
    """The Markdown page a fixture was rendered from ('' when it is not at hand): words of the page are no chrome."""
    for candidate in (
        CORPUS / f"{fixture.stem}.md",
        FIXTURES.parent.parent / "spec" / "sources" / "vod" / f"{fixture.stem}.txt",
    ):
        if candidate.exists():
            return candidate.read_text(encoding="utf-8")
    return ""


@pytest.mark.parametrize("path", GENERATED, ids=lambda p: p.stem)
def test_generated_pages_read_without_chrome(path: Path) -> None:
    doc = html.read(str(path), path.read_text(encoding="utf-8"))
    expected_language = "en" if path.stem.endswith("-en") else "zh"
    assert doc.language == expected_language
    assert doc.format == "html"
    source = _source_of(path)
    assert doc.updated == (find_updated(source) if source else "")
    text = all_text(doc)
    for chrome in (
        "最新活动",
        "文档中心",
        "此页面对您是否有帮助",
        "上一篇",
        "复制",
        "点击调试",
        "Click to debug",
        "Was this page helpful",
        "Privacy Policy",
        "Copyright",
        "登录",
        "假标题",
        "not content",
        "JavaScript",
    ):
        assert chrome not in text or chrome in source, chrome
    assert isinstance(doc.blocks[0], (Heading, Paragraph))
    for table in tables(doc):
        assert table.header and all(
            len(row.cells) == len(table.header) for row in table.rows
        )
        assert all(row.line > table.line for row in table.rows)


def test_kms_decrypt_en() -> None:
    doc = read_fixture("kms-Decrypt-en.html")
    assert [h for h in headings(doc) if h[0] == 2] == [
        (2, "1. API Description"),
        (2, "2. Input Parameters"),
        (2, "3. Output Parameters"),
        (2, "4. Examples"),
        (2, "5. Developer Resources"),
        (2, "6. Error Codes"),
    ]
    inputs, outputs, errors = tables(doc)
    assert inputs.header == ("Parameter name", "Required", "Type", "Description")
    assert [r.cells[:3] for r in inputs.rows] == [
        ("Action", "Yes", "String"),
        ("Version", "Yes", "String"),
        ("Region", "Yes", "String"),
        ("CiphertextBlob", "Yes", "String"),
        ("EncryptionContext", "No", "String"),
    ]
    assert inputs.rows[2].cells[3] == (
        "Common parameter. For more information, see the List of Regions supported by the product."
    )
    assert [r.cells[0] for r in outputs.rows] == ["KeyId", "Plaintext", "RequestId"]
    assert len(errors.rows) == 6
    assert errors.rows[2].cells == (
        "InvalidParameterValue.InvalidCiphertext",
        "The ciphertext is in incorrect format.",
    )
    request, response = codes(doc)
    assert request.text == (
        "https://kms.tencentcloudapi.com/?Action=Decrypt\n"
        "&CiphertextBlob=Ade234dasdeEWdGVzdCUyMHBsYWlJJlIHL\n"
        "&<Common request parameter>"
    )
    assert response.text.startswith(
        '{\n  "Response": {\n    "KeyId": "23e80852-1e38-11e9-b129-5cb9019b4b01",'
    )
    assert "API request rate limit: 300 requests/sec." in paragraphs(doc)


def test_legacy_page_unclosed_cells_and_rows() -> None:
    name = "monitor-DeleteNamespace-legacy.html"
    doc = read_fixture(name)
    inputs, outputs, errors = tables(doc)
    assert inputs.header == ("参数名称", "必选", "类型", "描述", "来源")
    assert inputs.rows[0].cells == (
        "Action",
        "是",
        "String",
        "操作接口名",
        "系统规定参数，此处取值：DeleteNamespace",
    )
    assert inputs.rows[1].cells == (
        "namespace",
        "是",
        "String",
        "命名空间，若命名空间下仍有指标则无法删除",
        "调用查询命名空间(DescribeNamespace)接口查询",
    )
    assert len(inputs.rows) == 2
    assert inputs.line == line_of(name, '<table class="t">', 1)
    assert [r.line for r in inputs.rows] == [
        line_of(name, "<tr>", 2),
        line_of(name, "<tr>", 3),
    ]
    assert outputs.header == ("参数名称", "类型", "描述")
    assert [r.cells for r in outputs.rows] == [
        ("code", "Int", "错误码, 0: 成功, 其他值: 失败"),
        ("message", "String", "错误信息"),
    ]
    assert [r.cells for r in errors.rows] == [
        ("-503", "参数错误"),
        ("-513", "DB操作失败"),
        ("-509", "命名空间不存在"),
    ]
    request, response = codes(doc)
    assert request.text == (
        "  https://monitor.api.qcloud.com/v2/index.php?Action=DeleteNamespace\n\t&namespace=name1\n\t&公共请求参数"
    )
    assert response.text == "{\n  'code': 0,\n  'message': ''\n}"
    assert doc.language == "zh"


def test_list_items_inside_cells() -> None:
    doc = read_fixture("es-DescribeInstances-zh.html")
    rows = {r.cells[0]: r for r in tables(doc)[0].rows}
    assert rows["OrderByKey"].cells[3] == (
        "排序字段\n• 1：实例ID\n• 2：实例名称\n• 3：可用区\n• 4：创建时间\n若orderKey未传递则按创建时间降序排序"
    )
    doc = read_fixture("as-DescribeLaunchConfigurations-en.html")
    rows = {r.cells[0]: r for r in tables(doc)[0].rows}
    assert rows["Filters.N"].cells[2] == "Array of Filter"
    assert rows["Filters.N"].cells[3].split("\n") == [
        "Filter.",
        "• launch-configuration-id - String - Required: No - (Filter) Filter by launch configuration ID.",
        "• launch-configuration-name - String - Required: No - (Filter) Filter by launch configuration name.",
        "The maximum number of Filters per request is 10. The upper limit for Filter.Values is 5. The parameter does "
        "not support specifying both LaunchConfigurationIds and Filters at the same time.",
    ]


def test_markdown_title_is_level_one_and_source_footer_kept() -> None:
    doc = read_fixture("live-DescribeLiveCert-en.html")
    assert doc.blocks[0] == Heading(
        "DescribeLiveCert", 1, line_of("live-DescribeLiveCert-en.html", "<h1>")
    )
    assert [r.cells[0] for r in tables(doc)[0].rows] == [
        "Action",
        "Version",
        "Region",
        "CertId",
    ]
    assert len(tables(doc)[2].rows) == 10
    assert (
        paragraphs(doc)[-1]
        == "Source: https://www.tencentcloud.com/document/product/267/30779"
    )


def test_unnumbered_sections_and_bold_labels() -> None:
    doc = read_fixture("monitor-GetMonitorData-zh.html")
    assert headings(doc) == [
        (2, "接口描述"),
        (2, "输入参数"),
        (2, "输出参数"),
        (2, "示例"),
    ]
    inputs, outputs = tables(doc)
    assert len(inputs.rows) == 9 and len(outputs.rows) == 6
    rows = {r.cells[0]: r.cells for r in inputs.rows}
    assert rows["Instances.N"][1:3] == ("是", "Array of Instance")
    assert rows["Period"][1] == "否"  # "否\t" in the source
    assert "输出示例" in paragraphs(
        doc
    )  # a bold label that is not a numbered section title
    assert codes(doc)[0].text.startswith(
        "POST / HTTP/1.1\nHost: monitor.tencentcloudapi.com\n"
    )


def test_seed_page() -> None:
    doc = read_fixture("001_4c0c99729c772a06.html")
    assert [h for h in headings(doc) if h[0] == 2][:4] == [
        (2, "1. 接口描述"),
        (2, "2. 输入参数"),
        (2, "3. 输出参数"),
        (2, "4. 示例"),
    ]
    inputs = tables(doc)[0]
    assert len(inputs.rows) == 11
    assert inputs.rows[3].cells == ("StreamId", "是", "String", "推流直播码。")
    outputs = tables(doc)[1]
    assert (
        outputs.rows[1].cells[2]
        == "剪辑固化后的视频的媒体文件的唯一标识。\n注意：此字段可能返回 null，表示取不到有效值。"
    )
    assert outputs.rows[3].cells[1] == "MediaMetaData"


def test_fixtures_are_up_to_date() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    script = FIXTURES / "make_html_fixtures.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check", "--corpus", str(CORPUS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


# --- the Markdown reader gives the same blocks for the same page ------------------------------------------------


def _markdown_sources() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    seed = (
        FIXTURES.parent.parent / "spec" / "sources" / "vod" / "001_4c0c99729c772a06.txt"
    )
    return sorted(CORPUS.glob("*.md")) + ([seed] if seed.exists() else [])


def _content(doc: Document) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    block: Block
    for block in doc.blocks:
        if isinstance(block, Table):
            out.append(("table", block.header, tuple(r.cells for r in block.rows)))
        elif isinstance(block, Heading):
            out.append(("heading", block.level, block.text))
        elif isinstance(block, CodeBlock):
            out.append(("code", block.text, block.language))
        else:
            out.append(("paragraph", block.text))
    return out


@pytest.mark.parametrize("source", _markdown_sources(), ids=lambda p: p.stem)
def test_same_blocks_as_markdown(source: Path) -> None:
    from codegen.ingest import markdown

    text = source.read_text(encoding="utf-8")
    md_doc = markdown.read(str(source), text)
    html_doc = read_fixture(f"{source.stem}.html")
    if re.search(r"^\|\|\s*\w", text, re.M):
        # '|| Month | No | …': the Markdown reader drops the extra pipe; the site's renderer gives the row an empty
        # first cell and drops its last one, so the HTML page has that row shifted (the parser realigns it).
        md_doc = markdown.read(str(source), text.replace("\n||", "\n| |"))
    assert _content(html_doc) == _content(md_doc)
    assert html_doc.language == md_doc.language


# --- small pages ------------------------------------------------------------------------------------------------


def test_unclosed_td_and_tr() -> None:
    text = page(
        "<table>\n<tr><th>Name<th>Type<th>Description\n<tr>\n<td>A<td>String<td>first\n"
        "<tr><td>B<td>Int\n<tr><td>C<td>Int<td>third<td><td>\n</table>"
    )
    (table,) = tables(html.read("t.html", text))
    assert table.header == ("Name", "Type", "Description")
    assert [r.cells for r in table.rows] == [
        ("A", "String", "first"),
        ("B", "Int", ""),
        ("C", "Int", "third"),
    ]
    assert [r.line for r in table.rows] == [3, 5, 6]
    assert table.line == 2


def test_extra_non_empty_cells_are_kept() -> None:
    text = page(
        "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>"
    )
    (table,) = tables(html.read("t.html", text))
    assert table.rows[0].cells == ("1", "2", "3")


def test_colspan_and_rowspan() -> None:
    text = page(
        "<table><tr><th>Code</th><th>Kind</th><th>Description</th></tr>"
        '<tr><td rowspan="2">E1</td><td>a</td><td>x</td></tr>'
        "<tr><td>b</td><td>y</td></tr>"
        '<tr><td colspan="2">E2 wide</td><td>z</td></tr></table>'
    )
    (table,) = tables(html.read("t.html", text))
    assert [r.cells for r in table.rows] == [
        ("E1", "a", "x"),
        ("E1", "b", "y"),
        ("E2 wide", "", "z"),
    ]


def test_blank_rows_before_the_header_are_skipped() -> None:
    text = page(
        "<table><tr><td></td><td></td></tr><tr><th>a</th><th>b</th></tr>"
        "<tr><td>1</td><td>2</td></tr></table>"
    )
    (table,) = tables(html.read("t.html", text))
    assert table.header == ("a", "b") and table.rows[0].cells == ("1", "2")


def test_wrapper_with_a_furniture_class_name_keeps_its_table() -> None:
    text = page(
        '<div class="J-markdown-box"><h2>6. 错误码</h2><div class="table-header-fixed">'
        "<table><tr><th>错误码</th><th>描述</th></tr><tr><td>InternalError</td><td>内部错误。</td></tr>"
        '</table></div><div class="doc-share">分享</div></div>'
    )
    doc = html.read("t.html", text)
    assert tables(doc)[0].rows[0].cells == ("InternalError", "内部错误。")
    assert "分享" not in all_text(doc)


def test_nested_table_stays_in_its_cell() -> None:
    text = page(
        "<table><tr><th>Name</th><th>Values</th></tr>"
        "<tr><td>Mode</td><td>one of:<table><tr><td>A</td><td>first</td></tr></table></td></tr></table>"
    )
    (table,) = tables(html.read("t.html", text))
    assert len(table.rows) == 1
    assert table.rows[0].cells == ("Mode", "one of:\nA\nfirst")


def test_chrome_dropped_from_plain_body() -> None:
    text = page(
        '<header><a class="logo">Tencent Cloud</a><nav><a>Products</a></nav></header>'
        '<div class="breadcrumb"><a>Docs</a> &gt; <a>CVM</a></div>'
        "<aside>On this page</aside>"
        "<h1>RunInstances</h1><h2>1. API Description</h2><p>Creates instances.</p>"
        '<div class="rno-api-explorer"><div class="rno-api-explorer-title">API Explorer</div>'
        "<div>Try it online</div></div>"
        '<div class="feedback-box">Was this page helpful? Yes No</div>'
        "<footer><p>Copyright</p></footer>"
        "<script>document.write('<h2>not content</h2>')</script><style>h2{}</style>",
        head="<title>RunInstances - Tencent Cloud</title>",
    )
    doc = html.read("t.html", text)
    assert [
        (type(b).__name__, b.text) for b in doc.blocks if not isinstance(b, Table)
    ] == [
        ("Heading", "RunInstances"),
        ("Heading", "1. API Description"),
        ("Paragraph", "Creates instances."),
    ]


def test_title_above_the_article_container() -> None:
    text = page(
        '<div class="nav"><h1>Tencent Cloud</h1></div>'
        '<div class="doc-hd"><h1 class="J-mainTitle">StartInstances</h1></div>'
        '<div class="J-markdown-box"><h2>1. 接口描述</h2><p>启动实例。</p></div>'
    )
    doc = html.read("t.html", text)
    assert headings(doc) == [(1, "StartInstances"), (2, "1. 接口描述")]


def test_bold_numbered_title_is_a_heading() -> None:
    text = page(
        "<p><strong>2. 输入参数</strong></p><p><strong>输入示例</strong></p><p><b>3、输出参数</b></p>"
    )
    doc = html.read("t.html", text)
    assert [
        (type(b).__name__, b.text) for b in doc.blocks if not isinstance(b, Table)
    ] == [
        ("Heading", "2. 输入参数"),
        ("Paragraph", "输入示例"),
        ("Heading", "3、输出参数"),
    ]
    assert all(b.level == 2 for b in doc.blocks if isinstance(b, Heading))


def test_loose_text_in_divs_and_list_items() -> None:
    text = page(
        "<div>Loose text<br>second line<div>inner block</div>tail text</div>"
        "<ul><li>item one<ul><li>nested</li></ul></li><li><p>para in item</p></li></ul>"
    )
    doc = html.read("t.html", text)
    assert paragraphs(doc) == [
        "Loose text\nsecond line",
        "inner block",
        "tail text",
        "item one",
        "nested",
        "para in item",
    ]


def test_code_block_is_dedented_verbatim() -> None:
    text = page(
        "<pre>\n    {\n      &quot;a&quot;: 1\n    }\n    </pre><pre><code>x  =  1\n\n  y</code></pre>"
    )
    first, second = codes(html.read("t.html", text))
    assert first.text == '{\n  "a": 1\n}'
    assert second.text == "x  =  1\n\n  y"


def test_language_and_updated() -> None:
    doc = html.read(
        "t.html",
        page("<p>Last updated: 2023-11-02 09:15:00</p><h2>1. API Description</h2>"),
    )
    assert doc.language == "en"
    assert doc.updated == "2023-11-02 09:15:00"
    doc = html.read(
        "t.html",
        page("<h2>1. 接口描述</h2><p>本接口用于查询实例（DescribeInstances）。</p>"),
    )
    assert doc.language == "zh"
    assert doc.updated == ""


def test_xml_declaration_and_foreign_charset() -> None:
    text = '<?xml version="1.0" encoding="utf-8"?>\n' + page(
        "<h2>接口描述</h2>", head='<meta charset="gbk">'
    )
    assert headings(html.read("t.html", text)) == [(2, "接口描述")]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n",
        "<html><body></body></html>",
        "<html><body><nav>x</nav></body></html>",
    ],
)
def test_page_without_article_is_an_error(text: str) -> None:
    with pytest.raises(SourceError) as info:
        html.read("empty.html", text)
    assert info.value.path == "empty.html"


def test_sniff() -> None:
    full = (HTML_DIR / "kms-Decrypt-en.html").read_text(encoding="utf-8")
    assert html.sniff(full) >= 0.9
    legacy_markdown = "## 2. 输入参数\n\n<table><tr><th>参数名称</th></tr></table>\n"
    assert html.sniff(legacy_markdown) == pytest.approx(0.3)
    assert html.sniff("## 1. API Description\n\n| a | b |\n|---|---|\n") == 0
    assert (
        html.sniff(
            "1. API Description\nDomain name for API request: vod.tencentcloudapi.com."
        )
        == 0
    )
    assert (
        html.sniff("<div><h2>1. API Description</h2><p>x</p><table></table></div>")
        >= 0.5
    )


# --- property: cell markup does not change cell text ------------------------------------------------------------

_WORD_CHARS = st.sampled_from(list("abcXYZ019.:-_()[]&<>\"'，。：（）实例参数"))
_WORDS = st.text(_WORD_CHARS, min_size=1, max_size=8)
_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=4), min_size=1, max_size=4)


@st.composite
def _marked_up_cell(draw: st.DrawFn) -> tuple[str, str]:
    """(cell HTML, expected cell text): the same words under varied markup, whitespace and entities."""
    lines = draw(_LINES)
    expected = "\n".join(" ".join(words) for words in lines)
    separator = draw(st.sampled_from(["br", "br/", "p", "div", "li"]))
    rendered_lines: list[str] = []
    for words in lines:
        rendered_words = [draw(_marked_up_word(word)) for word in words]
        gaps = [
            draw(st.sampled_from([" ", "  ", "\n   ", "\t", " &nbsp;", "&#32;", "\n"]))
            for _ in words[1:]
        ]
        line = rendered_words[0] + "".join(
            gap + word for gap, word in zip(gaps, rendered_words[1:])
        )
        pad = draw(st.sampled_from(["", " ", "\n  "]))
        rendered_lines.append(pad + line + pad)
    if separator in ("br", "br/"):
        cell = f"<{separator}>".join(rendered_lines)
    elif separator == "li":
        cell = "".join(f"<li>{line}</li>" for line in rendered_lines)
        expected = "\n".join("• " + " ".join(words) for words in lines)
    else:
        cell = "".join(f"<{separator}>{line}</{separator}>" for line in rendered_lines)
    if draw(st.booleans()):
        cell = f"<span class='x'>{cell}</span>" if separator in ("br", "br/") else cell
    return cell, expected


@st.composite
def _marked_up_word(draw: st.DrawFn, word: str) -> str:
    out = "".join(draw(_encoded_char(ch)) for ch in word)
    if len(word) > 1 and draw(st.booleans()):
        # markup boundary inside a word adds no space
        cut = draw(st.integers(1, len(word) - 1))
        head = "".join(html_escape.escape(c) for c in word[:cut])
        tail = "".join(html_escape.escape(c) for c in word[cut:])
        out = f"{head}<strong>{tail}</strong>"
    wrapper = draw(
        st.sampled_from(
            ["", "span", "a", "strong", "em", "code", "b", "font", "span-a"]
        )
    )
    if wrapper == "a":
        return f'<a href="/document/api/1/2#X" title="t">{out}</a>'
    if wrapper == "span-a":
        return f'<span style="color:red"><a href="#">{out}</a></span>'
    if wrapper:
        return f"<{wrapper}>{out}</{wrapper}>"
    return out


@st.composite
def _encoded_char(draw: st.DrawFn, ch: str) -> str:
    if ch in "&<>":
        forms = [html_escape.escape(ch), f"&#{ord(ch)};", f"&#x{ord(ch):x};"]
    else:
        forms = [ch, f"&#{ord(ch)};", f"&#x{ord(ch):X};"]
        if ch == '"':
            forms.append("&quot;")
    return str(draw(st.sampled_from(forms)))


@settings(max_examples=150, deadline=None)
@given(_marked_up_cell())
def test_cell_markup_keeps_cell_text(cell_and_text: tuple[str, str]) -> None:
    cell, expected = cell_and_text
    text = page(
        '<div class="J-markdown-box"><table><thead><tr><th>Name</th><th>Description</th></tr></thead>'
        f"<tbody><tr><td>Field</td><td>{cell}</td></tr></tbody></table></div>"
    )
    (table,) = tables(html.read("t.html", text))
    assert table.rows[0].cells == ("Field", expected)


@settings(max_examples=50, deadline=None)
@given(_LINES, st.sampled_from(["p", "li", "div"]))
def test_paragraph_text_is_collapsed(lines: list[list[str]], tag: str) -> None:
    words = [w for line in lines for w in line]
    body = " \n ".join(html_escape.escape(w) for w in words)
    wrapped = (
        f"<ul><li>{body}</li></ul>" if tag == "li" else f"<{tag}>\n  {body}\n</{tag}>"
    )
    doc = html.read("t.html", page(wrapped))
    assert paragraphs(doc) == [" ".join(words)]


def test_no_stray_markup_in_any_fixture() -> None:
    for path in sorted(HTML_DIR.glob("*.html")):
        doc = html.read(str(path), path.read_text(encoding="utf-8"))
        for block in doc.blocks:
            if isinstance(block, CodeBlock):
                continue
            if isinstance(block, Table):
                texts = [*block.header, *(c for r in block.rows for c in r.cells)]
            else:
                texts = [block.text]
            for text in texts:
                assert not re.search(r"</?(?:td|tr|p|br|li|span|a|strong)\b", text), (
                    path.name,
                    text,
                )
