"""The PDF-text reader on the Cloud Live manual (seed 004), on a small made-up manual, and on broken input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen.errors import SourceError
from codegen.ingest import pagetext, pdftext
from codegen.ingest.document import (
    Block,
    CodeBlock,
    Document,
    Heading,
    Paragraph,
    Table,
)

MANUAL = (
    Path(__file__).resolve().parents[2]
    / "spec"
    / "sources"
    / "live"
    / "004_79250585f497093e.txt"
)


@pytest.fixture(scope="module")
def text() -> str:
    return MANUAL.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def doc(text: str) -> Document:
    return pdftext.read(str(MANUAL), text)


def block_text(block: Block) -> str:
    if isinstance(block, Table):
        return "\n".join(
            [" ".join(block.header)] + [" ".join(r.cells) for r in block.rows]
        )
    return block.text


def action(doc: Document, name: str) -> list[Block]:
    """The blocks of one API 3.0 action: from the '1. 接口描述' before its Action row to the next one."""
    starts = [
        i
        for i, b in enumerate(doc.blocks)
        if isinstance(b, Heading) and b.text == "1. 接口描述"
    ]
    for first, last in zip(starts, starts[1:] + [len(doc.blocks)]):
        blocks = list(doc.blocks[first:last])
        for block in blocks:
            if (
                isinstance(block, Table)
                and block.rows
                and block.rows[0].cells[0] == "Action"
            ):
                if block.rows[0].cells[-1] == f"公共参数，本接口取值：{name}。":
                    return [
                        b
                        for b in blocks
                        if not (isinstance(b, Heading) and b.level == 1)
                    ]
    raise AssertionError(name)


def tables_after(blocks: list[Block], heading: str) -> list[Table]:
    at = next(
        i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading
    )
    found: list[Table] = []
    for block in blocks[at + 1 :]:
        if isinstance(block, Heading) and block.level <= 2:
            break
        if isinstance(block, Table):
            found.append(block)
    return found


def structure(doc: Document, name: str) -> list[Block]:
    at = next(i for i, b in enumerate(doc.blocks) if b == Heading(name, 3, b.line))
    end = at + 1
    while end < len(doc.blocks) and not isinstance(doc.blocks[end], Heading):
        end += 1
    return list(doc.blocks[at:end])


def row(table: Table, name: str) -> tuple[str, ...]:
    found = [r.cells for r in table.rows if r.cells[0] == name]
    assert len(found) == 1, name
    return found[0]


# --- the whole manual ------------------------------------------------------------------------------------------------


def test_facts(doc: Document) -> None:
    assert doc.format == "pdftext"
    assert doc.language == "zh"
    assert doc.updated == "2025-05-29 01:44:08"  # the latest of the pages' 最近更新时间


def test_furniture_removed(doc: Document) -> None:
    everything = "\n".join(block_text(b) for b in doc.blocks)
    for furniture in (
        "版权所有",
        "共761页",
        "最近更新时间",
        "推荐使用 API Explorer",
        "文档目录",
        "API Explorer 提供了",
    ):
        assert furniture not in everything, furniture
    assert (
        "https://cloud.tencent.com/document/api/267/20459" not in everything
    )  # the link lists
    assert (
        "https://live.tencentcloudapi.com/?Action=DeleteLiveTranscodeTemplate"
        in everything
    )  # an example
    fragments = {"接 描述", "发者资源", "第 次发布", "错误"}
    assert not [
        b for b in doc.blocks if isinstance(b, Paragraph) and b.text in fragments
    ]
    assert not [
        b for b in doc.blocks if isinstance(b, Paragraph) and b.text == "云直播"
    ]  # above every footer


def test_chapters_are_level_1(doc: Document) -> None:
    chapters = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 1]
    for title in (
        "更新历史",
        "API 概览",
        "公共参数",
        "签名方法 v3",
        "数据结构",
        "错误码",
        "映射表",
    ):
        assert title in chapters, title
    assert (
        chapters.index("数据结构")
        < chapters.index("错误码")
        < chapters.index("云直播 API 2017版（过时）")
    )
    assert chapters[-1] == "云直播 CSS API 2.0 切换 API 3.0 指引"
    # a title block printed in the middle of an action is moved to where the action starts, never inside it
    section = ""
    for block in doc.blocks:
        if isinstance(block, Heading) and block.level == 2:
            section = block.text
        if isinstance(block, Heading) and block.level == 1:
            if block.text == "云直播 API 2017版（过时）":
                break
            assert section in ("", "6. 错误码"), (block, section)
            section = ""


def test_action_with_title_block_inside_its_output_table(doc: Document) -> None:
    at = doc.blocks.index(Heading("创建直播垫片模板", 1, 8570))
    assert doc.blocks[at - 1] == Heading("直播垫片相关接口", 1, 8568)
    assert doc.blocks[at + 1] == Heading("1. 接口描述", 2, 8482)
    blocks = action(doc, "CreateLivePadTemplate")
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert paragraphs[:3] == [
        "接口请求域名： live.tencentcloudapi.com 。",
        "创建直播垫片模板。",
        "默认接口请求频率限制：20次/秒。",
    ]
    (inputs,) = tables_after(blocks, "2. 输入参数")
    assert inputs.header == ("参数名称", "必选", "类型", "描述")
    assert [r.cells[0] for r in inputs.rows] == [
        "Action", "Version", "Region", "TemplateName", "Url", "Description", "WaitDuration", "MaxDuration", "Type",
    ]  # fmt: skip
    # the description starts on the line after the name and runs to the next row
    assert row(inputs, "TemplateName") == (
        "TemplateName",
        "是",
        "String",
        "模板名称。\n长度上限：255字节。\n仅支持中文、英文、数字、_、-。\n示例值：testName",
    )
    assert (
        row(inputs, "Type")[3]
        == "垫片内容类型：\n1：图片，2：视频。\n默认值：1。\n示例值：1"
    )
    assert [r.line for r in inputs.rows][3:5] == [8504, 8514]
    # the page ends after TemplateId: title block, link list, then the header again at the top of the next page
    (outputs,) = tables_after(blocks, "3. 输出参数")
    assert outputs.header == ("参数名称", "类型", "描述")
    assert [r.cells[:2] for r in outputs.rows] == [
        ("TemplateId", "Integer"),
        ("RequestId", "String"),
    ]
    assert outputs.rows[1].line == 8582
    assert (
        outputs.rows[1].cells[2].endswith("定位问题时\n需要提供该次请求的 RequestId。")
    )
    (errors,) = tables_after(blocks, "6. 错误码")
    assert errors.header == ("错误码", "描述")
    assert len(errors.rows) == 16
    assert errors.rows[-1].cells == (
        "UnsupportedOperation.NotLVBCodeMode",
        "非直播码/新版控制台模式。",
    )


def test_examples(doc: Document) -> None:
    blocks = action(doc, "CreateLivePadTemplate")
    titles = [
        (b.level, b.text) for b in blocks if isinstance(b, Heading) and b.level >= 3
    ]
    assert titles == [(3, "示例1 请求示例"), (4, "输入示例"), (4, "输出示例")]
    request, response = [b for b in blocks if isinstance(b, CodeBlock)]
    assert request.line == 8593
    assert request.text.split("\n") == [
        "POST / HTTP/1.1",
        "Host: live.tencentcloudapi.com",
        "Content-Type: application/json",
        "X-TC-Action: CreateLivePadTemplate",
        "<公共请求参数>",
        "{",
        '"Url": "http://domain.com/app/name",',
        '"WaitDuration": 1,',
        '"Description": "pad",',
        '"MaxDuration": 1,',
        '"TemplateName": "name"',
        "}",
    ]
    assert response.text.split("\n")[:3] == [
        "{",
        '"Response": {',
        '"TemplateId": 1000,',
    ]
    # a GET example whose page ended with the title block of the next action
    get = [
        b
        for b in action(doc, "DeleteLiveTranscodeTemplate")
        if isinstance(b, CodeBlock)
    ][0]
    assert get.text.split("\n") == [
        "https://live.tencentcloudapi.com/?Action=DeleteLiveTranscodeTemplate",
        "&TemplateId=1000",
        "&<公共请求参数>",
    ]


def test_response_split_by_footer_and_title_block(doc: Document) -> None:
    # DescribeLiveTranscodeRules' response runs over a title block, a link list and a page footer
    response = [
        b for b in action(doc, "DescribeLiveTranscodeRules") if isinstance(b, CodeBlock)
    ][-1]
    lines = response.text.split("\n")
    assert '"TemplateId": 1000,' in lines
    assert not [
        line
        for line in lines
        if "获取转码规则列表" in line or "云直播" in line or line.startswith("http")
    ]
    assert (
        lines.count("{") + lines.count('"Response": {') + lines.count('"Rules": [') >= 3
    )


def test_rows_broken_over_lines(doc: Document) -> None:
    outputs = tables_after(action(doc, "DescribeLivePadTemplates"), "3. 输出参数")[0]
    assert row(outputs, "Templates") == (
        "Templates",
        "Array of PadTemplate",
        "直播垫片模板信息。",
    )
    inputs = tables_after(
        action(doc, "DescribeAreaBillBandwidthAndFluxList"), "2. 输入参数"
    )[0]
    assert inputs.rows[0].cells[0] == "Action"
    caster = [b for b in structure(doc, "CasterDisplayInfo") if isinstance(b, Table)][0]
    assert caster.header == ("名称", "类型", "必选", "描述")
    assert row(caster, "MarkPicIndexList")[:3] == (
        "MarkPicIndexList",
        "Array of Integer",
        "否",
    )
    # a repeated header at the top of the next page does not end the table or the cell
    assert row(caster, "InputStartType")[3].endswith(
        "0代表不从头播放\n1代表从头播放\n示例值：0"
    )
    assert len(caster.rows) == 7
    cert = [b for b in structure(doc, "CertInfo") if isinstance(b, Table)][0]
    assert row(cert, "DomainList") == (
        "DomainList",
        "Array of String",
        "使用此证书的域名列表。\n示例值：auto.liveplay.org",
    )


def test_data_structures(doc: Document) -> None:
    chapter = doc.blocks.index(Heading("数据结构", 1, 50283))
    end = next(
        i
        for i in range(chapter + 1, len(doc.blocks))
        if doc.blocks[i] == Heading("错误码", 1, 55608)
    )
    names = [
        b.text
        for b in doc.blocks[chapter:end]
        if isinstance(b, Heading) and b.level == 3
    ]
    assert len(names) == 98
    assert names[:3] == [
        "BackupStreamDetailData",
        "BackupStreamGroupInfo",
        "BandwidthInfo",
    ]
    blocks = structure(doc, "BackupStreamDetailData")
    assert [type(b).__name__ for b in blocks] == [
        "Heading",
        "Paragraph",
        "Paragraph",
        "Table",
    ]
    assert blocks[2] == Paragraph("被如下接口引用：DescribeBackupStreamList。", 50190)
    table = blocks[3]
    assert isinstance(table, Table)
    assert table.header == ("名称", "类型", "描述")
    assert row(table, "MasterFlag") == (
        "MasterFlag",
        "Integer",
        "主备标识。\n当前流为主流：1，\n当前流为备流: 0。\n示例值：0",
    )
    # a reference list wrapped over two lines is one paragraph
    monitor = structure(doc, "LiveStreamMonitorInputInfo")
    assert any(
        isinstance(b, Paragraph)
        and b.text.startswith("被如下接口引用：CreateLiveStreamMonitor, ")
        for b in monitor
    )


def test_error_codes_regions_overview_migration(doc: Document) -> None:
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    common, business = [t for t in tables if t.header == ("错误码", "说明")]
    assert common.rows[0].cells == ("ActionOffline", "接口已下线。")
    assert row(common, "AuthFailure.SecretIdNotFound")[1].startswith(
        "密钥不存在。请在 控制台 检查密钥"
    )
    assert row(common, "UnsupportedRegion") == (
        "UnsupportedRegion",
        "接口不支持所传地域。",
    )  # not '…\n业务错误码'
    assert Paragraph("业务错误码", 55652) in doc.blocks
    assert business.rows[0].cells == ("AuthFailure", "CAM签名/鉴权错误。")
    (regions,) = [t for t in tables if t.header == ("地域", "取值")]
    assert len(regions.rows) == 12
    assert row(regions, "华南地区（广州）") == ("华南地区（广州）", "ap-guangzhou")
    overview = [
        t for t in tables if t.header == ("接口名称", "接口功能", "频率限制（次/秒）")
    ]
    assert overview[0].rows[0].cells == (
        "CreateLivePadTemplate",
        "创建直播垫片模板",
        "20",
    )
    assert sum(len(t.rows) for t in overview) >= 180
    (migration,) = [
        t for t in tables if t.header == ("API 2.0 接口", "API 3.0 接口", "备注")
    ]
    assert len(migration.rows) == 11
    assert row(migration, "DescribeLVBChannel")[1] == "DescribeLiveStreamState"
    assert (
        row(migration, "CreateLVBChannel")[2]
        == "请升级为直播码模式，直播码不需要接口进行创建，\n直接指定流名称即可推流。"
    )
    common_v3 = [t for t in tables if t.header == ("参数名称", "类型", "必选", "描述")][
        0
    ]
    assert row(common_v3, "Region")[:3] == ("Region", "String", "-")


# --- completeness, counted without the reader --------------------------------------------------------------------

_TYPE = r"(?:Array of|String|Integer|Float|Boolean|Timestamp|Double|Binary|Int64|UInt64|[A-Z]\w*[A-Z]\w*)"
_SECTION = re.compile(r"^[1-6]\. (接口描述|输入参数|输出参数|示例|开发者资源|错误码)$")


def independent_counts(text: str) -> dict[str, int]:
    """Rows of the API 3.0 actions' tables, counted by a regex pass over the raw text."""
    lines = text.split("\n")
    stop = max(
        i for i, line in enumerate(lines) if line.strip() == "云直播 API 2017版（过时）"
    )
    counts = {"actions": 0, "输入参数": 0, "输出参数": 0, "错误码": 0}
    section = ""
    for i, line in enumerate(lines[:stop]):
        s = line.strip()
        match = _SECTION.match(s)
        if match:
            section = match.group(1)
            counts["actions"] += section == "接口描述"
            continue
        if s.startswith(("名称 类型", "被如下接口引用")):
            section = ""
        elif section == "输入参数" and re.match(r"[A-Za-z][\w.]*\s+(是|否)(\s|$)", s):
            counts[section] += 1
        elif (
            section == "输出参数"
            and re.match(rf"[A-Z][\w.]*\s+{_TYPE}(\s|$)", s)
            and not s.startswith("Array")
        ):
            counts[section] += 1
        elif section == "输出参数" and re.fullmatch(r"[A-Z][A-Za-z0-9_.]*", s):
            following = next(line for line in lines[i + 1 :] if line.strip())
            counts[section] += following.strip().startswith("Array of")
        elif (
            section == "错误码"
            and re.match(r"[A-Z][A-Za-z]+(\.\w+)*(\s|$)", s)
            and not s.startswith("错误码")
        ):
            counts[section] += 1
    return counts


def reader_counts(doc: Document) -> dict[str, int]:
    counts = {"actions": 0, "输入参数": 0, "输出参数": 0, "错误码": 0}
    section = ""
    for block in doc.blocks:
        if isinstance(block, Heading) and block.text == "数据结构":
            break
        if isinstance(block, Heading) and block.level == 2:
            section = block.text[3:]
            counts["actions"] += section == "接口描述"
        if isinstance(block, Table) and section in counts:
            counts[section] += len(block.rows)
    return counts


def test_completeness(text: str, doc: Document) -> None:
    expected = independent_counts(text)
    found = reader_counts(doc)
    assert expected["actions"] == found["actions"] == 184
    for kind in ("输入参数", "输出参数", "错误码"):
        assert found[kind] >= 0.99 * expected[kind], (kind, found[kind], expected[kind])
    assert (found["输入参数"], found["输出参数"], found["错误码"]) == (1288, 409, 2495)


def test_every_row_has_header_width(doc: Document) -> None:
    for block in doc.blocks:
        if isinstance(block, Table):
            assert all(
                len(r.cells) == len(block.header) for r in block.rows
            ), block.header


# --- a small manual made up to show each piece of furniture ----------------------------------------------------------

SMALL = """\
文档目录

API 文档

直播管理相关接口

查询流状态

数据结构
 1. 接口描述

接口请求域名： live.tencentcloudapi.com 。

返回直播中的流状态。

默认接口请求频率限制：500次/秒。

2. 输入参数

参数名称 必选 类型 描述

Action 是 String 公共参数，本接口取值：DescribeLiveStreamState。

AppName 是 String

推流路径。

直播管理相关接口

查询流状态
最近更新时间：2025-04-25 01:42:26

推荐使用 API Explorer 点击调试

https://cloud.tencent.com/document/api/267/20459
https://console.cloud.tencent.com/api/explorer?Product=live&Action=DescribeLiveStreamState
 参数名称 必选 类型 描述

示例值：live

StreamNames.N 否 Array of

String

流名称列表。



云直播

版权所有：腾讯云计算（北京）有限责任公司 第1 共2页

3. 输出参数

参数名称 类型 描述

StreamState String 流状态。

4. 示例

示例1 查询流状态

输入示例

https://live.tencentcloudapi.com/?Action=DescribeLiveStreamState

&AppName=live

输出示例

{

"Response": {

"StreamState": "active"

}

}

发者资源
 5. 开发者资源

6. 错误码

错误码 描述

InternalError 内部错误。
"""


def test_small_manual() -> None:
    doc = pdftext.read("small.txt", SMALL)
    assert doc.updated == "2025-04-25 01:42:26"
    assert doc.blocks[:3] == (
        Heading(
            "直播管理相关接口", 1, 28
        ),  # printed after the first page, put back before it
        Heading("查询流状态", 1, 30),
        Heading("1. 接口描述", 2, 10),
    )
    inputs, outputs, errors = [b for b in doc.blocks if isinstance(b, Table)]
    assert [r.cells for r in inputs.rows] == [
        ("Action", "是", "String", "公共参数，本接口取值：DescribeLiveStreamState。"),
        ("AppName", "是", "String", "推流路径。\n示例值：live"),
        ("StreamNames.N", "否", "Array of String", "流名称列表。"),
    ]
    assert [r.line for r in inputs.rows] == [22, 24, 41]
    assert outputs.rows[0].cells == ("StreamState", "String", "流状态。")
    assert errors.rows[0].cells == ("InternalError", "内部错误。")
    codes = [b.text for b in doc.blocks if isinstance(b, CodeBlock)]
    assert codes == [
        "https://live.tencentcloudapi.com/?Action=DescribeLiveStreamState\n&AppName=live",
        '{\n"Response": {\n"StreamState": "active"\n}\n}',
    ]
    everything = "\n".join(block_text(b) for b in doc.blocks)
    assert "版权所有" not in everything and "云直播" not in everything
    assert "explorer" not in everything
    # no '发者资源' fragment, no furniture: the only paragraphs are the action's description
    assert len([b for b in doc.blocks if isinstance(b, Paragraph)]) == 3
    assert [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 2][
        -2:
    ] == ["5. 开发者资源", "6. 错误码"]


# --- detection and errors --------------------------------------------------------------------------------------------


def test_sniff(text: str) -> None:
    assert pdftext.sniff(text) == 1.0
    assert pdftext.sniff(SMALL) > 0.5
    assert pagetext.sniff(text) < pdftext.sniff(text)
    for seed in (
        "vod/000_b15c0570ae44f4dd.txt",
        "live/002_7d09637ba2421d51.txt",
        "mps/003_d2c3499d1e57381c.txt",
    ):
        page = (MANUAL.parents[1] / seed).read_text(encoding="utf-8")
        assert pdftext.sniff(page) == 0.0


def test_not_a_manual() -> None:
    with pytest.raises(SourceError) as info:
        pdftext.read("notes.txt", "版权所有：某公司 第1 共1页\n\n一些文字\n")
    assert info.value.line == 1
    assert "1. 接口描述" in info.value.message


def test_truncated_after_example_heading() -> None:
    cut = SMALL[: SMALL.index("https://live.tencentcloudapi.com/?Action")]
    with pytest.raises(SourceError) as info:
        pdftext.read("cut.txt", cut)
    assert info.value.line == 63
    assert "输入示例" in info.value.message


def test_structure_completeness(text: str, doc: Document) -> None:
    """Data-structure fields counted by a regex pass over the raw text, against the reader's rows."""
    lines = text.split("\n")
    start = next(
        i
        for i, line in enumerate(lines)
        if i > 50000 and line.strip() == "BackupStreamDetailData"
    )
    end = next(
        i for i, line in enumerate(lines) if i > start and line.strip() == "功能说明"
    )
    expected = references = 0
    inside = False
    for i in range(start, end):
        s = lines[i].strip()
        if s.startswith("名称 类型"):
            inside = True
        elif s.startswith("被如下接口引用"):
            inside = False
            references += 1
        elif (
            inside
            and re.match(rf"[A-Za-z][\w.]*\s+{_TYPE}(\s|$)", s)
            and not s.startswith("Array")
        ):
            expected += 1
        elif inside and re.fullmatch(r"[A-Za-z][A-Za-z0-9_.]*", s):
            following = [line.strip() for line in lines[i + 1 : i + 8] if line.strip()][
                :2
            ]
            expected += following[0].startswith("Array of") or following == [
                "Array",
                "of",
            ]
    found = names = 0
    chapter = False
    for block in doc.blocks:
        if isinstance(block, Heading) and block.level == 1:
            chapter = block.text == "数据结构"
        elif chapter and isinstance(block, Heading) and block.level == 3:
            names += 1
        elif chapter and isinstance(block, Table):
            found += len(block.rows)
    assert references == names == 98
    assert found >= 0.99 * expected
    assert (found, expected) == (653, 653)
