"""The page-text reader on the three web-page seeds, on a Chinese page, and on broken input."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.errors import SourceError
from codegen.ingest import pagetext
from codegen.ingest._text import match_header, split_row
from codegen.ingest.document import CodeBlock, Document, Heading, Paragraph, Table

SOURCES = Path(__file__).resolve().parents[2] / "spec" / "sources"
VOD = SOURCES / "vod" / "000_b15c0570ae44f4dd.txt"
LIVE = SOURCES / "live" / "002_7d09637ba2421d51.txt"
MPS = SOURCES / "mps" / "003_d2c3499d1e57381c.txt"


def load(path: Path) -> Document:
    return pagetext.read(str(path), path.read_text(encoding="utf-8"))


def tables(doc: Document) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def headings(doc: Document, level: int) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == level]


def codes(doc: Document) -> list[CodeBlock]:
    return [b for b in doc.blocks if isinstance(b, CodeBlock)]


def all_text(doc: Document) -> str:
    parts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            parts += [" ".join(block.header)] + [" ".join(r.cells) for r in block.rows]
        else:
            parts.append(block.text)
    return "\n".join(parts)


def row(table: Table, name: str) -> tuple[str, ...]:
    found = [r.cells for r in table.rows if r.cells[0] == name]
    assert len(found) == 1, name
    return found[0]


# --- 000: VOD LiveRealTimeClip, English, spaced cells, Korean chrome, braces stripped --------------------------------


def test_vod_page_facts() -> None:
    doc = load(VOD)
    assert doc.format == "pagetext"
    assert doc.language == "en"
    assert doc.updated == "2024-03-27 16:08:24"
    assert headings(doc, 1) == []  # no action-name line before the article on this page
    assert headings(doc, 2) == [
        "1. API Description",
        "2. Input Parameters",
        "3. Output Parameters",
        "4. Example",
        "5. Developer Resources",
        "6. Error Code",
    ]
    assert headings(doc, 3) == [
        "Example1 Clipping a live video for temporary sharing",
        "Example2 Clipping a live video for persistent storage",
    ]
    assert headings(doc, 4) == ["Input Example", "Output Example"] * 2
    text = all_text(doc)
    assert "마지막" not in text and "tencent cloud" not in text
    assert "We recommend you to use API Explorer" not in text and "Try it" not in text


def test_vod_paragraphs() -> None:
    doc = load(VOD)
    paragraphs = [b for b in doc.blocks if isinstance(b, Paragraph)]
    assert paragraphs[0].text == "Domain name for API request: vod.tencentcloudapi.com."
    assert paragraphs[0].line == 9
    assert "A maximum of 100 requests can be initiated per second for this API." in [
        p.text for p in paragraphs
    ]
    bullets = [p.text for p in paragraphs if p.text.startswith("•")]
    assert len(bullets) == 5


def test_vod_input_table() -> None:
    inputs = tables(load(VOD))[0]
    assert inputs.header == ("Parameter Name", "Required", "Type", "Description")
    assert inputs.line == 49
    assert [r.cells[0] for r in inputs.rows] == [
        "Action", "Version", "Region", "StreamId", "StartTime", "EndTime", "SubAppId", "IsPersistence",
        "ExpireTime", "Procedure", "ClassId", "SourceContext", "SessionContext", "MetaDataRequired", "Host",
        "StreamInfo", "ExtInfo",
    ]  # fmt: skip
    assert all(len(r.cells) == 4 for r in inputs.rows)
    assert row(inputs, "StreamId") == (
        "StreamId",
        "Yes",
        "String",
        "The live stream code.",
    )
    assert row(inputs, "SubAppId")[1:3] == ("No", "Integer")
    class_id = row(inputs, "ClassId")
    assert class_id[3] == (
        "The ID of the media file's category. You can use the CreateClass API to create a category and get the "
        "category ID.\n"
        '• The default value is 0, which means the "Other" category.\n'
        "• This parameter is valid only if IsPersistence is 1."
    )
    stream_info = row(inputs, "StreamInfo")
    assert stream_info[2] == "LiveRealTimeClipStreamInfo"
    assert (
        stream_info[3].split("\n")[0] == "The information of the live stream to clip."
    )
    assert len(stream_info[3].split("\n")) == 3
    # the last row was printed with a bullet in front of it: still a row
    assert row(inputs, "ExtInfo") == (
        "ExtInfo",
        "No",
        "String",
        "Reserved field. Do not enter a value for it.",
    )
    assert [
        r.line
        for r in inputs.rows
        if r.cells[0] in ("ClassId", "SourceContext", "ExtInfo")
    ] == [60, 64, 71]


def test_vod_output_table() -> None:
    outputs = tables(load(VOD))[1]
    assert outputs.header == ("Parameter Name", "Type", "Description")
    assert [r.cells[0] for r in outputs.rows] == [
        "Url",
        "FileId",
        "VodTaskId",
        "MetaData",
        "SegmentSet",
        "RequestId",
    ]
    assert row(outputs, "FileId")[2] == (
        "Unique media file ID of video generated by persistent clipping.\n"
        "Note: this field may return null, indicating that no valid values can be obtained."
    )
    assert row(outputs, "MetaData") == (
        "MetaData",
        "MediaMetaData",
        "Note: This field may return null, indicating that no valid value can be obtained.",
    )
    assert row(outputs, "SegmentSet") == (
        "SegmentSet",
        "Array of LiveRealTimeClipMediaSegmentInfo",
        "Cliped media segment info.",
    )


def test_vod_examples_keep_lines_without_braces() -> None:
    blocks = codes(load(VOD))
    assert len(blocks) == 4
    request = blocks[0]
    assert request.line == 94
    assert request.text.split("\n") == [
        "POST / HTTP/1.1",
        "Host: vod.tencentcloudapi.com",
        "Content-Type: application/json",
        "X-TC-Action: LiveRealTimeClip",
        "<Common request parameters>",
        '    "Host": "example.com",',
        '    "EndTime": "2018-09-20T11:00:00Z",',
        '    "StartTime": "2018-09-20T10:00:00Z",',
        '    "StreamId": "record-stream"',
    ]
    response = blocks[1].text.split("\n")
    assert (
        response[0] == '"Response": {'
    )  # the outer brace was lost in the copy and is not invented
    assert response[-1] == '    "RequestId": "6ca31e3a-6b8e-xxxx-9256-fdc700064ef3"'
    assert len(response) == 11


def test_vod_error_table() -> None:
    errors = tables(load(VOD))[2]
    assert errors.header == ("Error Code", "Description")
    assert len(errors.rows) == 10
    assert errors.rows[3].cells == (
        "InvalidParameterValue.ClipDuration",
        "Incorrect parameter value: the clipping duration is too long.",
    )
    assert errors.rows[-1].line == 169


# --- 002: Live CreateLiveRecord, navigation menu and Portuguese chrome ----------------------------------------------


def test_live_chrome_removed_title_kept() -> None:
    doc = load(LIVE)
    assert doc.blocks[0] == Heading("CreateLiveRecord", 1, 133)
    assert doc.blocks[1] == Heading("1. API Description", 2, 139)
    assert doc.updated == "2025-10-30 21:48:09"
    assert doc.language == "en"
    text = all_text(doc)
    for chrome in (
        "Release Notes and Announcements",
        "Modo Foco",
        "Ajuda e Suporte",
        "Esta página",
        "comentários",
    ):
        assert chrome not in text


def test_live_multiline_cells() -> None:
    inputs, outputs, errors = tables(load(LIVE))
    assert len(inputs.rows) == 13
    record_type = row(inputs, "RecordType")
    assert record_type[3] == (
        "Recording type.\n"
        '"video": Audio-video recording (default).\n'
        '"audio": audio recording.\n'
        "In both scheduled and real-time video recording modes, this parameter is valid and is not case sensitive."
    )
    stream_param = row(inputs, "StreamParam")[3].split("\n")
    assert (
        stream_param[1]
        == "record_interval: recording interval in seconds. Value range: 1800-7200."
    )
    assert len(stream_param) == 6
    assert row(inputs, "Highlight")[2] == "Integer"
    assert [r.line for r in inputs.rows][-3:] == [189, 192, 196]
    assert [r.cells[0] for r in outputs.rows] == ["TaskId", "RequestId"]
    assert len(errors.rows) == 14
    assert errors.rows[-1].cells == (
        "ResourceUnavailable.StreamNotExist",
        "The stream does not exist.",
    )


def test_live_get_example() -> None:
    blocks = codes(load(LIVE))
    assert (
        blocks[0].text.split("\n")[0]
        == "https://live.intl.tencentcloudapi.com/?Action=CreateLiveRecord"
    )
    assert blocks[0].text.split("\n")[-1] == "&<Common request parameters>"
    assert blocks[1].text.startswith("{\n") and blocks[1].text.endswith("}")


def test_live_description_list_items() -> None:
    paragraphs = [b.text for b in load(LIVE).blocks if isinstance(b, Paragraph)]
    assert "• Precautions" in paragraphs
    scheduled = [p for p in paragraphs if p.startswith("1. Scheduled recording mode")]
    assert scheduled == [
        "1. Scheduled recording mode (default mode).\nThe start time and end time need to be passed in, according to "
        "which the recording task will start and end automatically. Before the set end time expires (provided that "
        "StopLiveRecord is not called to terminate the task prematurely), the recording task is valid and will be "
        "started even after the push is interrupted and restarted multiple times."
    ]


# --- 003: MPS ProcessLiveStream, cells run together ------------------------------------------------------------------


def test_mps_run_together_cells() -> None:
    doc = load(MPS)
    assert doc.blocks[0] == Heading("ProcessLiveStream", 1, 4)
    assert doc.updated == ""
    inputs, outputs, errors = tables(doc)
    assert inputs.header == ("Parameter Name", "Required", "Type", "Description")
    assert row(inputs, "Url") == (
        "Url",
        "Yes",
        "String",
        "Live stream URL, which must be a live stream file address. RTMP, HLS, and FLV are supported.",
    )
    assert row(inputs, "TaskNotifyConfig")[1:3] == ("Yes", "LiveStreamTaskNotifyConfig")
    assert row(inputs, "TaskNotifyConfig")[3].startswith(
        "Event notification information of a task"
    )
    assert row(inputs, "OutputStorage")[2:] == (
        "TaskOutputStorage",
        "Target bucket of a live stream processing output file. This parameter is required if a file will be output.",
    )
    assert row(inputs, "AiContentReviewTask")[2:] == (
        "AiContentReviewTaskInput",
        "Type parameter of a video content audit task.",
    )
    assert row(inputs, "AiAnalysisTask") == (
        "AiAnalysisTask",
        "No",
        "AiAnalysisTaskInput",
        "",
    )
    assert row(inputs, "ScheduleId")[2] == "Integer"
    assert len(inputs.rows) == 14
    assert outputs.header == ("Parameter Name", "Type", "Description")
    assert [r.cells for r in outputs.rows][0] == ("TaskId", "String", "Task ID")
    assert errors.header == ("Error Code", "Description")
    assert [r.cells for r in errors.rows][:3] == [
        ("FailedOperation.InvalidMpsUser", "Operation failed: unauthorized MPS user."),
        ("InternalError", "Internal error."),
        ("InvalidParameter", "Parameter error."),
    ]
    assert len(errors.rows) == 6


def test_mps_notes_continue_last_cell_and_u200c_dropped() -> None:
    inputs = tables(load(MPS))[0]
    schedule = row(inputs, "ScheduleId")[3].split("\n")
    assert schedule[0] == "The live scheme ID."
    assert schedule[1] == "Note 1:"
    assert len(schedule) == 5
    assert schedule[-1].startswith("• Note 2: If TaskNotifyConfig is specified")
    assert "u200c" not in all_text(load(MPS))


def test_mps_example_json_dedented() -> None:
    request = codes(load(MPS))[0].text.split("\n")
    assert request[4:7] == ["<Common request parameters>", "", "{"]
    assert request[7] == '    "Url": "http://www.abc.com/abc.m3u8",'
    assert request[-1] == "}"


# --- the split heuristics --------------------------------------------------------------------------------------------


def test_split_run_together_rows() -> None:
    four = match_header("Parameter NameRequiredTypeDescription")
    three = match_header("Parameter NameTypeDescription")
    two = match_header("Error CodeDescription")
    assert four is not None and three is not None and two is not None
    assert not four.spaced
    assert split_row("IsNotifyNoBooleanWhether to notify.", four.kinds, False) == (
        "IsNotify",
        "No",
        "Boolean",
        "Whether to notify.",
    )
    assert split_row(
        "FiltersNoArray of FilterFilter conditions.", four.kinds, False
    ) == (
        "Filters",
        "No",
        "Array of Filter",
        "Filter conditions.",
    )
    assert split_row("StartYesTimestamp ISO8601Start time.", four.kinds, False) == (
        "Start",
        "Yes",
        "Timestamp ISO8601",
        "Start time.",
    )
    # a structure type that runs into the description: the type that ends with the parameter's name wins
    assert split_row(
        "InputInfoMediaInputInfoInput information.", three.kinds, False
    ) == (
        "InputInfo",
        "MediaInputInfo",
        "Input information.",
    )
    assert split_row("VideoIdStringID of the video.", three.kinds, False) == (
        "VideoId",
        "String",
        "ID of the video.",
    )
    assert split_row(
        "InvalidParameterValue.DefinitionParameter error.", two.kinds, False
    ) == (
        "InvalidParameterValue.Definition",
        "Parameter error.",
    )
    assert split_row("Note: this field may return null.", three.kinds, False) is None
    assert split_row("If Type of StreamInfo is set", three.kinds, True) is None


# --- a Chinese page --------------------------------------------------------------------------------------------------

CHINESE = """\
腾讯云
文档中心
DescribeLiveStreamState
最近更新时间：2024-05-06 10:11:12

1. 接口描述

接口请求域名： live.tencentcloudapi.com 。

返回直播中、无推流或者禁播等状态。

默认接口请求频率限制：500次/秒。

推荐使用 API Explorer
点击调试
API Explorer 提供了在线调用、签名验证、SDK 代码生成和快速检索接口等能力。

2. 输入参数

以下请求参数列表仅列出了接口请求参数和部分公共参数，完整公共参数列表见 公共请求参数。

参数名称必选类型描述
Action是String公共参数，本接口取值：DescribeLiveStreamState。
AppName是String推流路径，与推流和播放地址中的AppName保持一致，默认为 live。
示例值：live
DomainName是String您的推流域名。
StreamName是String流名称。

3. 输出参数

参数名称 类型 描述
StreamState String 流状态，
active：活跃，
inactive：非活跃。
RequestId String 唯一请求 ID，每次请求都会返回。

4. 示例

示例1 查询流状态

输入示例

https://live.tencentcloudapi.com/?Action=DescribeLiveStreamState
&AppName=live
&<公共请求参数>

输出示例

{
    "Response": {
        "StreamState": "active",
        "RequestId": "abc"
    }
}

5. 开发者资源

6. 错误码

错误码 描述
InternalError 内部错误。
ResourceNotFound.UserNotExist用户未注册直播。

帮助和支持
本页内容是否解决了您的问题？
"""


def test_chinese_page() -> None:
    doc = pagetext.read("zh.txt", CHINESE)
    assert doc.language == "zh"
    assert doc.updated == "2024-05-06 10:11:12"
    assert doc.blocks[0] == Heading("DescribeLiveStreamState", 1, 3)
    assert headings(doc, 2) == [
        "1. 接口描述",
        "2. 输入参数",
        "3. 输出参数",
        "4. 示例",
        "5. 开发者资源",
        "6. 错误码",
    ]
    assert headings(doc, 3) == ["示例1 查询流状态"]
    assert headings(doc, 4) == ["输入示例", "输出示例"]
    inputs, outputs, errors = tables(doc)
    assert inputs.header == ("参数名称", "必选", "类型", "描述")
    assert row(inputs, "AppName") == (
        "AppName",
        "是",
        "String",
        "推流路径，与推流和播放地址中的AppName保持一致，默认为 live。\n示例值：live",
    )
    assert (
        row(outputs, "StreamState")[2] == "流状态，\nactive：活跃，\ninactive：非活跃。"
    )
    assert errors.rows[1].cells == ("ResourceNotFound.UserNotExist", "用户未注册直播。")
    text = all_text(doc)
    assert (
        "帮助和支持" not in text and "点击调试" not in text and "文档中心" not in text
    )


# --- detection and errors --------------------------------------------------------------------------------------------


def test_sniff() -> None:
    for path in (VOD, LIVE, MPS):
        assert pagetext.sniff(path.read_text(encoding="utf-8")) >= 0.5
    assert pagetext.sniff(pagetext.__doc__ or "") == 0.0
    markdown = (SOURCES / "vod" / "001_4c0c99729c772a06.txt").read_text(
        encoding="utf-8"
    )
    assert pagetext.sniff(markdown) == 0.0
    assert (
        pagetext.sniff("<html><body><h2>1. API Description</h2></body></html>") == 0.0
    )


def test_unrecognised_text() -> None:
    with pytest.raises(SourceError) as info:
        pagetext.read("notes.txt", "Shopping list\n\nmilk\neggs\n")
    assert info.value.line == 1
    assert "1. API Description" in info.value.message


def test_truncated_page() -> None:
    text = LIVE.read_text(encoding="utf-8")
    cut = "\n".join(text.split("\n")[:190])
    with pytest.raises(SourceError) as info:
        pagetext.read("cut.txt", cut)
    assert "3. Output Parameters" in info.value.message
    assert info.value.path == "cut.txt"


def test_example_without_code() -> None:
    text = LIVE.read_text(encoding="utf-8").replace(
        "&AppName=live\n&DomainName", "\n&DomainName", 1
    )
    cut = "\n".join(
        text.split("\n")[:216]
    )  # ends right after the first 'Input Example'
    with pytest.raises(SourceError) as info:
        pagetext.read("cut.txt", cut)
    assert info.value.line == 215


def test_table_without_rows() -> None:
    """A header with no row under it is an empty table and the text after it stays text; a page that then has no
    output section is still an error naming where it ends."""
    text = "1. API Description\n\n2. Input Parameters\n\nParameter Name Required Type Description\nwhat is this\n"
    with pytest.raises(SourceError) as info:
        pagetext.read("bad.txt", text)
    assert "3. Output Parameters" in info.value.message
    doc = pagetext.read("ok.txt", text + "\n3. Output Parameters\n\nParameter Name Type Description\nRequestId String ID\n")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.rows == ()
    assert any(isinstance(b, Paragraph) and b.text == "what is this" for b in doc.blocks)
